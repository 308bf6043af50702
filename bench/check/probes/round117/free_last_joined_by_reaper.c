/* TRUTH: free — t[N-1] is joined by the reaper thread, and main joins the reaper before it reads total */
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

static void *reaper(void *arg)
{
    pthread_t *h = arg;
    pthread_join(*h, NULL);
    return NULL;
}

int main(void)
{
    pthread_t r;
    long i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    pthread_create(&r, NULL, reaper, &t[N - 1]);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    pthread_join(r, NULL);
    printf("total %ld\n", total);
    return 0;
}
