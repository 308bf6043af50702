/* TRUTH: free — the loop joins 0..N-2 and join_tail() joins t[N-1] before main reads total */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == N - 1)
        usleep(10000);
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void join_tail(pthread_t *v, int n)
{
    pthread_join(v[n - 1], NULL);
}

int main(void)
{
    long i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    join_tail(t, N);
    printf("total %ld\n", total);
    return 0;
}
