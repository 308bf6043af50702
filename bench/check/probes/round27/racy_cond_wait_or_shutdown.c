/* TRUTH: racy. The consumer's predicate is "!ready && !shutdown": the stopper thread sets shutdown (and broadcasts) without producing anything, so the consumer can leave the wait and read 'job' while the producer is still writing it outside the mutex. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, shutdown_req;
static int job;

static void *producer(void *arg)
{
    (void)arg;
    job = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *stopper(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    shutdown_req = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready && !shutdown_req)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", job); /* bug: read even on shutdown */
    return NULL;
}

int main(void)
{
    pthread_t p, s, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&s, NULL, stopper, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(s, NULL);
    pthread_join(c, NULL);
    return 0;
}
