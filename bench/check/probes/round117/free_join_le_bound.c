/* TRUTH: free — the join loop `i <= N - 1` covers exactly the created range 0..N-1 */
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
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i <= N - 1; i++)
        pthread_join(t[i], NULL);
    printf("total %ld\n", total);
    return 0;
}
