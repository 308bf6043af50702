/* TRUTH: racy. The consumer waits with "if (!ready) pthread_cond_wait(...)": a spurious wakeup (allowed by POSIX) returns with ready still 0, and the consumer then reads 'job' after unlocking while the producer writes it outside the mutex. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int job;

static void *producer(void *arg)
{
    (void)arg;
    job = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", job);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
