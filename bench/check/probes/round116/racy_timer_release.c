/* TRUTH: racy — the timer callback bumps dev->ticks with no lock (it assumes timer context is serialized) while release() clears it under dev->lock */
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct timer_list {
    void (*function)(struct timer_list *);
    int armed;
};

static pthread_mutex_t timer_base_lock = PTHREAD_MUTEX_INITIALIZER;
static struct timer_list *timer_wheel[4];
static int timer_stop;

static void add_timer(struct timer_list *t) {
    pthread_mutex_lock(&timer_base_lock);
    t->armed = 1;
    timer_wheel[0] = t;
    pthread_mutex_unlock(&timer_base_lock);
}
static void del_timer(struct timer_list *t) {
    pthread_mutex_lock(&timer_base_lock);
    t->armed = 0;
    timer_wheel[0] = NULL;
    pthread_mutex_unlock(&timer_base_lock);
}

static void *timer_softirq(void *unused) {
    (void)unused;
    for (;;) {
        struct timer_list *t = NULL;
        int stop;
        pthread_mutex_lock(&timer_base_lock);
        stop = timer_stop;
        if (timer_wheel[0] && timer_wheel[0]->armed) t = timer_wheel[0];
        pthread_mutex_unlock(&timer_base_lock);
        if (stop) break;
        if (t) t->function(t);
        usleep(100);
    }
    return NULL;
}

struct wdog_dev {
    pthread_mutex_t lock;
    struct timer_list timer;
    unsigned long ticks;
    int users;
};

static struct wdog_dev wdog;

static void wdog_timer_fn(struct timer_list *t) {
    struct wdog_dev *w = container_of(t, struct wdog_dev, timer);
    w->ticks++;                         /* no lock */
}

static int wdog_open(struct wdog_dev *w) {
    pthread_mutex_lock(&w->lock);
    w->users++;
    pthread_mutex_unlock(&w->lock);
    return 0;
}

static int wdog_release(struct wdog_dev *w) {
    pthread_mutex_lock(&w->lock);
    w->users--;
    w->ticks = 0;
    pthread_mutex_unlock(&w->lock);
    del_timer(&w->timer);
    return 0;
}

static void *user(void *arg) {
    struct wdog_dev *w = arg;
    wdog_open(w);
    usleep(1500);
    wdog_release(w);
    return NULL;
}

int main(void) {
    pthread_t ts, tu;
    pthread_mutex_init(&wdog.lock, NULL);
    wdog.timer.function = wdog_timer_fn;
    add_timer(&wdog.timer);
    pthread_create(&ts, NULL, timer_softirq, NULL);
    pthread_create(&tu, NULL, user, &wdog);
    pthread_join(tu, NULL);
    pthread_mutex_lock(&timer_base_lock);
    timer_stop = 1;
    pthread_mutex_unlock(&timer_base_lock);
    pthread_join(ts, NULL);
    printf("ticks=%lu\n", wdog.ticks);
    return 0;
}
