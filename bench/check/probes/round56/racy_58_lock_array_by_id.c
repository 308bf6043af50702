/* TRUTH: racy — thread id locks locks[id] (a different mutex per thread) before updating the single global `sum`; thread 0 vs thread 1. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static long sum;

static void *add(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&locks[id]);
        sum += i;
        pthread_mutex_unlock(&locks[id]);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, add, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", sum);
    return 0;
}
