/* free_tas_timer.c: RACE-FREE. Spinlocks are built on __atomic_test_and_set/__atomic_clear; the timer callback
 * and the write() op both hold dev->lock for d->pending/d->flushed; stats_lock guards only the global g_stats. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#define container_of(ptr, type, member) \
    ((type *)((char *)(ptr) - offsetof(type, member)))

typedef struct { unsigned char v; } spinlock_t;

static inline void spin_lock(spinlock_t *l)
{
    while (__atomic_test_and_set(&l->v, __ATOMIC_ACQUIRE))
        ;
}

static inline void spin_unlock(spinlock_t *l)
{
    __atomic_clear(&l->v, __ATOMIC_RELEASE);
}

struct timer_list {
    void (*function)(struct timer_list *);
    unsigned long expires;
};

struct my_dev {
    spinlock_t lock;
    int pending;
    int flushed;
    struct timer_list flush_timer;
};

static spinlock_t stats_lock;
static long g_stats;

static void flush_timer_fn(struct timer_list *t)
{
    struct my_dev *d = container_of(t, struct my_dev, flush_timer);
    int n;
    spin_lock(&d->lock);
    n = d->pending;
    d->flushed += n;
    d->pending = 0;
    spin_unlock(&d->lock);

    spin_lock(&stats_lock);
    g_stats += n;
    spin_unlock(&stats_lock);
}

static ssize_t my_write(struct my_dev *d, const char *buf, size_t len)
{
    (void)buf;
    spin_lock(&d->lock);
    d->pending += (int)len;
    spin_unlock(&d->lock);
    return (ssize_t)len;
}

static void *timer_softirq(void *arg)
{
    struct timer_list *t = arg;
    unsigned long jiffies;
    for (jiffies = 0; jiffies < 300; jiffies++) {
        if (jiffies >= t->expires) {
            t->function(t);
        }
    }
    return NULL;
}

static void *writer(void *arg)
{
    struct my_dev *d = arg;
    int i;
    for (i = 0; i < 300; i++)
        my_write(d, "x", 1);
    return NULL;
}

static struct my_dev mydev;

int main(void)
{
    pthread_t tt, tw;
    mydev.flush_timer.function = flush_timer_fn;
    mydev.flush_timer.expires = 5;

    pthread_create(&tt, NULL, timer_softirq, &mydev.flush_timer);
    pthread_create(&tw, NULL, writer, &mydev);
    pthread_join(tt, NULL);
    pthread_join(tw, NULL);
    flush_timer_fn(&mydev.flush_timer);
    printf("flushed=%d stats=%ld\n", mydev.flushed, g_stats);
    return 0;
}
