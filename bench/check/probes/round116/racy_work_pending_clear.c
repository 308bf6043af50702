/* TRUTH: racy — schedule_work() tests and sets work->pending under wq_lock, but the worker thread clears pending without the lock before running the handler */
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct work_struct {
    int pending;
    void (*func)(struct work_struct *);
};

static pthread_mutex_t wq_lock = PTHREAD_MUTEX_INITIALIZER;
static struct work_struct *wq_slot;
static int wq_shutdown;

static int schedule_work(struct work_struct *w) {
    int queued = 0;
    pthread_mutex_lock(&wq_lock);
    if (!w->pending) { w->pending = 1; wq_slot = w; queued = 1; }
    pthread_mutex_unlock(&wq_lock);
    return queued;
}

static void *worker_thread(void *unused) {
    (void)unused;
    for (;;) {
        struct work_struct *w;
        int stop;
        pthread_mutex_lock(&wq_lock);
        w = wq_slot;
        wq_slot = NULL;
        stop = wq_shutdown;
        pthread_mutex_unlock(&wq_lock);
        if (w) {
            w->pending = 0;          /* BUG: should be cleared under wq_lock */
            w->func(w);
        } else if (stop) {
            break;
        }
        usleep(50);
    }
    return NULL;
}

struct kbd_dev {
    pthread_mutex_t lock;
    struct work_struct event_work;
    unsigned events;
};

static struct kbd_dev kbd = { .lock = PTHREAD_MUTEX_INITIALIZER };

static void kbd_event_work(struct work_struct *w) {
    struct kbd_dev *k = container_of(w, struct kbd_dev, event_work);
    pthread_mutex_lock(&k->lock);
    k->events++;
    pthread_mutex_unlock(&k->lock);
}

static void *kbd_irq(void *arg) {
    struct kbd_dev *k = arg;
    for (int i = 0; i < 20; i++) { schedule_work(&k->event_work); usleep(40); }
    return NULL;
}

int main(void) {
    pthread_t w, irq;
    kbd.event_work.func = kbd_event_work;
    pthread_create(&w, NULL, worker_thread, NULL);
    pthread_create(&irq, NULL, kbd_irq, &kbd);
    pthread_join(irq, NULL);
    pthread_mutex_lock(&wq_lock);
    wq_shutdown = 1;
    pthread_mutex_unlock(&wq_lock);
    pthread_join(w, NULL);
    printf("%u\n", kbd.events);
    return 0;
}
