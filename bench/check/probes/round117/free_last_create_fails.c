/* TRUTH: free — the last pthread_create always fails (a 2^63-byte stack cannot be mapped), so only workers 0..N-2 ever run and all of them are joined before main reads total */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static pthread_t t[N];
static pthread_attr_t attr[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;

static void *worker(void *arg)
{
    long id = (long)arg;
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    long i;
    for (i = 0; i < N; i++)
        pthread_attr_init(&attr[i]);
    /* the spare slot asks for an impossible stack: its create fails with EAGAIN */
    pthread_attr_setstacksize(&attr[N - 1], SIZE_MAX / 2 + 1);
    for (i = 0; i < N; i++)
        if (pthread_create(&t[i], &attr[i], worker, (void *)i) != 0)
            fprintf(stderr, "worker %ld not started\n", i);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("total %ld\n", total);
    for (i = 0; i < N; i++)
        pthread_attr_destroy(&attr[i]);
    return 0;
}
