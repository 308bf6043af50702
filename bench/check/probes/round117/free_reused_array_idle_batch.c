/* TRUTH: free — the counting batch is fully joined; the second batch in the same array runs idle(), which never touches total, and only it is partly joined */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static pthread_t t[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;

static void *counter(void *arg)
{
    long id = (long)arg;
    pthread_mutex_lock(&m);
    total += id;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *idle(void *arg)
{
    (void)arg;
    usleep(5000);
    return NULL;
}

int main(void)
{
    long i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, counter, (void *)i);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, idle, NULL);
    for (i = 0; i < N - 1; i++)
        pthread_join(t[i], NULL);
    printf("total %ld\n", total);
    pthread_join(t[N - 1], NULL);
    return 0;
}
