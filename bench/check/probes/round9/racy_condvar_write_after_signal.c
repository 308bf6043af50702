/* TRUTH: racy. The producer keeps writing item after publishing ready, so the woken consumer's read of item races with that later write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int item;

static void *producer(void *arg)
{
    (void)arg;
    item = 41;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    item = 42;
    return NULL;
}

static void *consumer(void *arg)
{
    int *out = arg;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    *out = item;
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    int got = 0;
    pthread_create(&c, NULL, consumer, &got);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", got);
    return 0;
}
