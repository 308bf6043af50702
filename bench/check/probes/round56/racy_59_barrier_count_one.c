/* TRUTH: racy — the barrier is initialised with count 1, so each pthread_barrier_wait returns immediately and does not wait for the other thread; thread 0's read of part[1] races with thread 1's write of part[1]. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int part[2];
static int seen[2];

static void *phase(void *arg)
{
    int id = (int)(long)arg;
    part[id] = 10 * (id + 1);
    pthread_barrier_wait(&bar);
    seen[id] = part[0] + part[1];
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    pthread_barrier_init(&bar, NULL, 1);
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, phase, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    printf("%d %d\n", seen[0], seen[1]);
    return 0;
}
