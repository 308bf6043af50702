/* TRUTH: free — the create loop breaks before creating t[N-1], so the join loop over 0..N-2 joins every thread that exists */
#include <pthread.h>
#include <stdio.h>

#define N 4
static pthread_t t[N];
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
    for (i = 0; i < N; i++) {
        if (i == N - 1)
            break;              /* last slot reserved, never started */
        pthread_create(&t[i], NULL, worker, (void *)i);
    }
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("total %ld\n", total);
    return 0;
}
