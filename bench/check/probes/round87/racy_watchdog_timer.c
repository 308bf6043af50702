/* racy_watchdog_timer.c: RACY. wd_read reads wd->ticks without wd->lock ("just a statistic"), racing with the timer
 * callback's wd->ticks++ on the timer thread. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#define container_of(ptr, type, member) \
    ((type *)((char *)(ptr) - offsetof(type, member)))

struct timer_list {
    void (*function)(struct timer_list *);
    unsigned long expires;
};

struct watchdog {
    pthread_mutex_t lock;
    unsigned long ticks;
    unsigned long last_ping;
    int expired;
    struct timer_list timer;
};

struct file {
    void *private_data;
};

static void wd_timer_fn(struct timer_list *t)
{
    struct watchdog *wd = container_of(t, struct watchdog, timer);
    pthread_mutex_lock(&wd->lock);
    wd->ticks++;
    if (wd->ticks - wd->last_ping > 50)
        wd->expired = 1;
    pthread_mutex_unlock(&wd->lock);
}

static ssize_t wd_read(struct file *f, unsigned long *out)
{
    struct watchdog *wd = f->private_data;
    *out = wd->ticks;
    return sizeof *out;
}

static ssize_t wd_write(struct file *f)
{
    struct watchdog *wd = f->private_data;
    pthread_mutex_lock(&wd->lock);
    wd->last_ping = wd->ticks;
    wd->expired = 0;
    pthread_mutex_unlock(&wd->lock);
    return 1;
}

static void *timer_thread(void *arg)
{
    struct timer_list *t = arg;
    int i;
    for (i = 0; i < 400; i++)
        t->function(t);
    return NULL;
}

static void *user_thread(void *arg)
{
    struct file *f = arg;
    unsigned long v, sum = 0;
    int i;
    for (i = 0; i < 400; i++) {
        wd_read(f, &v);
        sum += v;
        if (i % 10 == 0)
            wd_write(f);
    }
    return (void *)sum;
}

int main(void)
{
    struct watchdog wd;
    struct file f;
    pthread_t tt, tu;

    pthread_mutex_init(&wd.lock, NULL);
    wd.ticks = 0;
    wd.last_ping = 0;
    wd.expired = 0;
    wd.timer.function = wd_timer_fn;
    wd.timer.expires = 10;
    f.private_data = &wd;

    pthread_create(&tt, NULL, timer_thread, &wd.timer);
    pthread_create(&tu, NULL, user_thread, &f);
    pthread_join(tt, NULL);
    pthread_join(tu, NULL);
    printf("ticks=%lu expired=%d\n", wd.ticks, wd.expired);
    pthread_mutex_destroy(&wd.lock);
    return 0;
}
