/* TRUTH: racy — n is decremented between the create loop and the join loop (both `i < n`), so worker N-1 is still running when main reads total */
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
        usleep(20000);
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    long i;
    int n = N;
    for (i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    n--;                          /* "the last one is the flusher" */
    for (i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    printf("total %ld\n", total);
    pthread_join(t[N - 1], NULL);
    return 0;
}
