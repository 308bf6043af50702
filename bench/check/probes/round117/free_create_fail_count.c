/* TRUTH: free — `started` counts the threads actually created and the join loop joins exactly those (0..started-1) before the read */
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
    int started = 0;
    for (i = 0; i < N; i++) {
        if (pthread_create(&t[i], NULL, worker, (void *)i) != 0)
            break;
        started++;
    }
    for (i = 0; i < started; i++)
        pthread_join(t[i], NULL);
    printf("started %d total %ld\n", started, total);
    return 0;
}
