/* TRUTH: free — work callbacks run on the single worker thread and take dev.lock for every shared field; the queue itself is protected by wq.lock; teardown after joins */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <stddef.h>
extern int __VERIFIER_nondet_int(void);
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct list_head { struct list_head *next, *prev; };
#define LIST_HEAD_INIT(n) { &(n), &(n) }
static void INIT_LIST_HEAD(struct list_head *l) { l->next = l; l->prev = l; }
static void __list_add(struct list_head *n, struct list_head *p, struct list_head *nx) { nx->prev = n; n->next = nx; n->prev = p; p->next = n; }
static void list_add_tail(struct list_head *n, struct list_head *h) { __list_add(n, h->prev, h); }
static void list_del(struct list_head *e) { e->next->prev = e->prev; e->prev->next = e->next; e->next = e; e->prev = e; }
static int list_empty(const struct list_head *h) { return h->next == h; }
typedef pthread_mutex_t spinlock_t;
static void spin_lock_init(spinlock_t *l) { pthread_mutex_init(l, NULL); }
static void spin_lock(spinlock_t *l) { pthread_mutex_lock(l); }
static void spin_unlock(spinlock_t *l) { pthread_mutex_unlock(l); }
static int nd(int n) { int v = __VERIFIER_nondet_int(); if (v < 0) v = -v; if (v < 0) v = 0; return v % n; }

#define MAXWORK 8
#define NUSERS 2

struct work_struct {
    void (*func)(struct work_struct *w);
    int pending;
    int arg;
};

struct workqueue {
    spinlock_t lock;
    struct work_struct *items[MAXWORK];
    int n;
    int stop;
};

struct hwdev {
    spinlock_t lock;
    int hw_errors;
    int resets;
    int reg[4];
    struct work_struct reset_work;
    struct work_struct stats_work;
};

static struct workqueue wq;
static struct hwdev dev;

static int queue_work(struct work_struct *w)
{
    int ok = 0;
    spin_lock(&wq.lock);
    if (!w->pending && wq.n < MAXWORK) {
        w->pending = 1;
        wq.items[wq.n++] = w;
        ok = 1;
    }
    spin_unlock(&wq.lock);
    return ok;
}

static void *worker_thread(void *arg)
{
    (void)arg;
    for (;;) {
        struct work_struct *w = NULL;
        int stop;
        spin_lock(&wq.lock);
        if (wq.n > 0) {
            w = wq.items[0];
            memmove(&wq.items[0], &wq.items[1], (wq.n - 1) * sizeof wq.items[0]);
            wq.n--;
            w->pending = 0;
        }
        stop = wq.stop && wq.n == 0;
        spin_unlock(&wq.lock);
        if (w)
            w->func(w);
        else if (stop)
            break;
    }
    return NULL;
}

static void reset_work_fn(struct work_struct *w)
{
    struct hwdev *d = container_of(w, struct hwdev, reset_work);
    int i;
    spin_lock(&d->lock);
    for (i = 0; i < 4; i++)
        d->reg[i] = 0;
    d->resets++;
    spin_unlock(&d->lock);
}

static void stats_work_fn(struct work_struct *w)
{
    struct hwdev *d = container_of(w, struct hwdev, stats_work);
    int bad = 0, i;
    spin_lock(&d->lock);
    for (i = 0; i < 4; i++)
        if (d->reg[i] < 0)
            bad++;
    d->hw_errors += bad;
    spin_unlock(&d->lock);
}

static long dev_ioctl(int cmd, int arg)
{
    long r = 0;
    switch (cmd) {
    case 0:
        spin_lock(&dev.lock);
        r = dev.hw_errors;
        spin_unlock(&dev.lock);
        break;
    case 1:
        spin_lock(&dev.lock);
        dev.reg[arg & 3] = arg - 2;
        spin_unlock(&dev.lock);
        queue_work(&dev.stats_work);
        break;
    case 2:
        queue_work(&dev.reset_work);
        break;
    default:
        r = -22;
    }
    return r;
}

static void *user_thread(void *arg)
{
    int k;
    (void)arg;
    for (k = 0; k < 5; k++)
        dev_ioctl(nd(3), nd(5));
    return NULL;
}

static void dev_init(void)
{
    spin_lock_init(&dev.lock);
    dev.hw_errors = dev.resets = 0;
    memset(dev.reg, 0, sizeof dev.reg);
    dev.reset_work.func = reset_work_fn;
    dev.reset_work.pending = 0;
    dev.stats_work.func = stats_work_fn;
    dev.stats_work.pending = 0;
}

int main(void)
{
    pthread_t worker, u[NUSERS];
    int i;
    spin_lock_init(&wq.lock);
    wq.n = 0;
    wq.stop = 0;
    dev_init();
    pthread_create(&worker, NULL, worker_thread, NULL);
    for (i = 0; i < NUSERS; i++)
        pthread_create(&u[i], NULL, user_thread, NULL);
    for (i = 0; i < NUSERS; i++)
        pthread_join(u[i], NULL);
    spin_lock(&wq.lock);
    wq.stop = 1;
    spin_unlock(&wq.lock);
    pthread_join(worker, NULL);
    printf("%d %d\n", dev.hw_errors, dev.resets);
    return 0;
}
