/* TRUTH: racy. canceller sets `ready` nonzero (memset under m) without writing item, so the
   consumer can leave its wait because of canceller and read item while producer is still
   writing it. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

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
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *canceller(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    memset(&ready, 0xff, sizeof ready); /* wake everybody up for shutdown */
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", item);
    return NULL;
}

int main(void)
{
    pthread_t c, p, k;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&k, NULL, canceller, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    pthread_join(k, NULL);
    return 0;
}
