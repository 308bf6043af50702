// ARGS: --type-matches
// A timer callback finds its device with container_of and locks the device's own mutex;
// the user side reaches the same device through a pointer kept in a file. Each access
// holds the lock of the object it is in, whichever object that is; the callback's accesses
// (some part of the device, reached by arithmetic) do not meet the user side's calls on the
// mutex itself. A field written outside the lock still races.
#include <pthread.h>
#include <stddef.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

struct timer_list {
    void (*function)(struct timer_list *);
};
struct watchdog {
    pthread_mutex_t lock;
    unsigned long ticks;
    unsigned long last_ping;
    int misses;
    struct timer_list timer;
};
struct file {
    void *private_data;
};

static void wd_timer_fn(struct timer_list *t)
{
    struct watchdog *wd = container_of(t, struct watchdog, timer);
    pthread_mutex_lock(&wd->lock);
    wd->ticks++; // NORACE
    pthread_mutex_unlock(&wd->lock);
    wd->misses++; // RACE (possible)
}

static void wd_ping(struct file *f)
{
    struct watchdog *wd = f->private_data;
    pthread_mutex_lock(&wd->lock);
    wd->last_ping = wd->ticks; /* (possible: the timer's unlocked write reaches some part of the object) */
    wd->misses = 0; // RACE (possible)
    pthread_mutex_unlock(&wd->lock);
}

static void *timer_thread(void *arg)
{
    struct timer_list *t = arg;
    for (int i = 0; i < 4; i++)
        t->function(t);
    return NULL;
}

static void *user_thread(void *arg)
{
    for (int i = 0; i < 4; i++)
        wd_ping(arg);
    return NULL;
}

int main(void)
{
    static struct watchdog wd;
    struct file f;
    pthread_t a, b;
    pthread_mutex_init(&wd.lock, NULL);
    wd.timer.function = wd_timer_fn;
    f.private_data = &wd;
    pthread_create(&a, NULL, timer_thread, &wd.timer);
    pthread_create(&b, NULL, user_thread, &f);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
