/* TRUTH: racy — join_first() joins only the first n-1 handles, so the last worker still writes done_mask when main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static unsigned done_mask;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == N - 1)
        usleep(20000);
    pthread_mutex_lock(&m);
    done_mask |= 1u << id;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void join_first(pthread_t *v, int n)
{
    int i;
    for (i = 0; i < n; i++)
        pthread_join(v[i], NULL);
}

int main(void)
{
    pthread_t t[N];
    long i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    join_first(t, N - 1);
    printf("mask %x\n", done_mask);
    pthread_join(t[N - 1], NULL);
    return 0;
}
