/* TRUTH: free — the unjoined last worker blocks on a barrier that main reaches only after reading total, so its write always comes later */
#include <pthread.h>
#include <stdio.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t gate;
static long total;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == N - 1)
        pthread_barrier_wait(&gate);
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    long i;
    pthread_barrier_init(&gate, NULL, 2);
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("partial total %ld\n", total);
    pthread_barrier_wait(&gate);
    pthread_join(t[N - 1], NULL);
    pthread_barrier_destroy(&gate);
    return 0;
}
