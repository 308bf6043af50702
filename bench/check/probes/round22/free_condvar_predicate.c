/* TRUTH: race-free. Every access to `ready` and `value` is made holding m; the consumer waits in a while loop on the predicate. (The unlocked print in main happens after both joins.) */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int value;

static void *producer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    value = 17;
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *arg)
{
    int v;
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    v = value;
    pthread_mutex_unlock(&m);
    printf("%d\n", v);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("final %d\n", value);
    return 0;
}
