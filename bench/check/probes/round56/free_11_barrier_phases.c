/* TRUTH: free — phase 1: thread i writes only part[i]; pthread_barrier_wait orders all phase-1 writes before any phase-2 read of part[]; phase 2 writes only sum_seen[i]. */
#include <pthread.h>
#include <stdio.h>

#define NT 3
static pthread_barrier_t bar;
static int part[NT];
static int sum_seen[NT];

static void *phase(void *arg)
{
    int id = (int)(long)arg;
    part[id] = (id + 1) * 10;
    pthread_barrier_wait(&bar);
    int s = 0;
    for (int i = 0; i < NT; i++)
        s += part[i];
    sum_seen[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    pthread_barrier_init(&bar, NULL, NT);
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, phase, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    printf("%d %d %d\n", sum_seen[0], sum_seen[1], sum_seen[2]);
    return 0;
}
