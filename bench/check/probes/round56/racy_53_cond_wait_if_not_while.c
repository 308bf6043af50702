/* TRUTH: racy — the consumer reads `item` after pthread_cond_timedwait returns, but on timeout (or if the producer has not yet run) it proceeds without the hand-off and reads item outside the lock while the producer writes item outside the lock; producer vs consumer. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int have_item;
static int item;

static void *producer(void *arg)
{
    (void)arg;
    item = 5;
    pthread_mutex_lock(&m);
    have_item = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec = 0;
    ts.tv_sec += 1;
    pthread_mutex_lock(&m);
    if (!have_item)
        pthread_cond_timedwait(&cv, &m, &ts);
    pthread_mutex_unlock(&m);
    printf("%d\n", item);
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
