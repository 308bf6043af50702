/* TRUTH: free — t[N-1]..t[1] are joined by a count-down loop and t[0] right after, so all workers are joined before main reads 'total' */
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
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = N - 1; i > 0; i--)
        pthread_join(t[i], NULL);
    pthread_join(t[0], NULL);
    printf("%ld\n", total);
    return 0;
}
