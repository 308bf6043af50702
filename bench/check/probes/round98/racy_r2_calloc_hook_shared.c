/* TRUTH: racy — both threads get the same block (the second pointer is a copy of the first), written concurrently; calloc hook itself is fine. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *(*my_calloc)(size_t, size_t) = calloc;

void set_calloc(void *(*f)(size_t, size_t)) { my_calloc = f; }

static void *fill(void *arg)
{
    int *p = arg;
    for (int i = 0; i < 8; i++) p[i] += i;
    return NULL;
}

int main(void)
{
    set_calloc(calloc);
    int *a = my_calloc(8, sizeof *a);
    int *b = my_calloc(8, sizeof *b);
    if (!a || !b) return 1;
    free(b);
    b = a;
    pthread_t t1, t2;
    pthread_create(&t1, NULL, fill, a);
    pthread_create(&t2, NULL, fill, b);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", a[7]);
    return 0;
}
