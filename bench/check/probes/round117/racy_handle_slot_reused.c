/* TRUTH: racy — t[N-1] is overwritten by a second pthread_create, so the full join loop joins the watchdog, not the last worker, which still writes sum */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long sum;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (id == N - 1)
        usleep(20000);
    pthread_mutex_lock(&m);
    sum += id + 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *watchdog(void *arg)
{
    (void)arg;
    return NULL;
}

int main(void)
{
    long i;
    pthread_t old;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    old = t[N - 1];
    pthread_create(&t[N - 1], NULL, watchdog, NULL);   /* slot reused */
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("sum %ld\n", sum);
    pthread_join(old, NULL);
    return 0;
}
