/* TRUTH: free — the timer callback updates dev->ticks with no lock, but release() calls del_timer_sync(), which stops and joins the timer thread, before it resets ticks */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stddef.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct timer_list {
    void (*function)(struct timer_list *);
    atomic_int active;
    pthread_t thread;
};

static void *timer_thread(void *arg) {
    struct timer_list *t = arg;
    while (atomic_load(&t->active)) {
        t->function(t);
        usleep(20);
    }
    return NULL;
}

static void add_timer(struct timer_list *t) {
    atomic_store(&t->active, 1);
    pthread_create(&t->thread, NULL, timer_thread, t);
}

static void del_timer_sync(struct timer_list *t) {
    atomic_store(&t->active, 0);
    pthread_join(t->thread, NULL);     /* waits for a running callback */
}

struct hb_dev {
    struct timer_list hb_timer;
    unsigned long ticks;
    unsigned long last_ticks;
};

static struct hb_dev hb;

static void hb_timer_fn(struct timer_list *t) {
    struct hb_dev *h = container_of(t, struct hb_dev, hb_timer);
    h->ticks++;
}

static void hb_release(struct hb_dev *h) {
    del_timer_sync(&h->hb_timer);
    h->last_ticks = h->ticks;
    h->ticks = 0;
}

int main(void) {
    hb.hb_timer.function = hb_timer_fn;
    add_timer(&hb.hb_timer);
    usleep(300);
    hb_release(&hb);
    printf("%lu\n", hb.last_ticks > 0 ? 1UL : 0UL);
    return 0;
}
