/* TRUTH: free — the consumer polls `ready` under mu (no condvar) and reads `msg` after seeing ready==1; the producer wrote msg before setting ready under mu, so unlock->lock orders the write before the read. */
#include <pthread.h>
#include <stdio.h>
#include <sched.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static char msg[32];

static void *producer(void *arg)
{
    (void)arg;
    snprintf(msg, sizeof msg, "hello %d", 7);
    pthread_mutex_lock(&mu);
    ready = 1;
    pthread_mutex_unlock(&mu);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&mu);
        int r = ready;
        pthread_mutex_unlock(&mu);
        if (r)
            break;
        sched_yield();
    }
    puts(msg);
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
