/* TRUTH: free — the create loop joins t[N-1] right after creating it and the second loop joins t[0..N-2], so every worker is joined before main reads 'total' */
#include <pthread.h>
#include <stdio.h>

#define N 4
static long total;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&mu);
    total++;
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, worker, NULL);
        if (i == N - 1)
            pthread_join(t[i], NULL);
    }
    for (int i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
