/* TRUTH: free — the one unjoined instance (id N-1) returns before touching total; every instance that writes total is joined before main reads it */
#include <pthread.h>
#include <stdio.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == N - 1)
        return NULL;            /* the spare slot does no work */
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    long i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("total %ld\n", total);
    pthread_join(t[N - 1], NULL);
    return 0;
}
