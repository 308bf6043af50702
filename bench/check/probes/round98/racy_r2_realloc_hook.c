/* TRUTH: racy — main grows the buffer through the realloc hook while the worker is still writing it; realloc reads/frees the old block concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *(*my_realloc)(void *, size_t) = realloc;

void set_realloc(void *(*f)(void *, size_t)) { my_realloc = f; }

static void *producer(void *arg)
{
    int *buf = arg;
    for (int i = 0; i < 16; i++) buf[i] = i;
    return NULL;
}

int main(void)
{
    set_realloc(realloc);
    int *buf = my_realloc(NULL, 16 * sizeof *buf);
    if (!buf) return 1;
    pthread_t t;
    pthread_create(&t, NULL, producer, buf);
    int *bigger = my_realloc(buf, 4096 * sizeof *bigger);
    pthread_join(t, NULL);
    if (bigger) printf("%d\n", bigger[15]);
    free(bigger);
    return 0;
}
