/* TRUTH: racy — the create loop makes N+1 workers (i <= N); the joins cover 0..N-2 and t[N-1], leaving t[N] running when main reads acc */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static pthread_t t[N + 1];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long acc;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == N)
        usleep(20000);
    pthread_mutex_lock(&m);
    acc += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    long i;
    for (i = 0; i <= N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    pthread_join(t[N - 1], NULL);
    printf("acc %ld\n", acc);
    pthread_join(t[N], NULL);
    return 0;
}
