/* TRUTH: race-free. The two writers of shared run one after the other: main joins the first (join_n(t, 1)) before it creates the second, and joins the second before it reads shared. */
#include <pthread.h>
#include <stdio.h>

int shared;

void *first(void *a) { (void)a; shared = 1; return NULL; }
void *second(void *a) { (void)a; shared = 2; return NULL; }

static void join_n(pthread_t *t, int n)
{
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
}

int main(void)
{
    pthread_t t[1], u[1];
    pthread_create(&t[0], NULL, first, NULL);
    join_n(t, 1);
    pthread_create(&u[0], NULL, second, NULL);
    join_n(u, 1);
    printf("%d\n", shared);
    return 0;
}
