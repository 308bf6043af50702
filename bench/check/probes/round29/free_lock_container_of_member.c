/* TRUTH: race-free. The timer callback gets &svc.tmr and recovers svc with container_of; it locks svc.lock (the same mutex the stats thread locks by name) around svc.ticks. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct timer {
    int period_ms;
};

struct service {
    pthread_mutex_t lock;
    long ticks;
    struct timer tmr;
};

static struct service svc = {PTHREAD_MUTEX_INITIALIZER, 0, {10}};

static void *timer_thread(void *arg)
{
    struct timer *t = arg;
    struct service *s = container_of(t, struct service, tmr);
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&s->lock);
        s->ticks++;
        pthread_mutex_unlock(&s->lock);
    }
    return NULL;
}

static void *stats_thread(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&svc.lock);
    long t = svc.ticks;
    svc.ticks = 0;
    pthread_mutex_unlock(&svc.lock);
    printf("%ld\n", t);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, timer_thread, &svc.tmr);
    pthread_create(&b, NULL, stats_thread, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
