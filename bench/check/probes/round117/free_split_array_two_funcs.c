/* TRUTH: free — t[0..1] run adder (joined before the read); t[2..3] run pinger, which never touches total */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;
static char pongs[N];

static void *adder(void *arg)
{
    long id = (long)arg;
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *pinger(void *arg)
{
    char *slot = arg;
    usleep(5000);
    *slot = 1;
    return NULL;
}

int main(void)
{
    long i;
    for (i = 0; i < N / 2; i++)
        pthread_create(&t[i], NULL, adder, (void *)i);
    for (i = N / 2; i < N; i++)
        pthread_create(&t[i], NULL, pinger, &pongs[i]);
    for (i = 0; i < N / 2; i++)
        pthread_join(t[i], NULL);
    printf("total %ld\n", total);
    for (i = N / 2; i < N; i++)
        pthread_join(t[i], NULL);
    return 0;
}
