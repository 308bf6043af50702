/* TRUTH: racy — N workers are created with a 256 KiB stack attribute but only t[0..N-2] are joined; t[N-1] may still add to 'total' when main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static long total;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
    long id = (long)arg;
    usleep(2000 * (unsigned)((id + 1) * (id + 1)));   /* 2, 8, 18, 32 ms: the last finishes last */
    pthread_mutex_lock(&mu);
    total += id;
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], &attr, worker, (void *)i);
    pthread_attr_destroy(&attr);
    for (long i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    long s = 0;
    for (int k = 0; k < 60; k++) {
        s += total;
        usleep(500);
    }
    printf("%ld\n", s);
    pthread_join(t[N - 1], NULL);
    return 0;
}
