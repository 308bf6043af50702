/* TRUTH: racy — probe() writes dev->cfg fields without a lock AFTER setting dev->ready=1 under dev->lock, while the irq/poll threads read cfg after observing ready==1 */
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

#define NPOLL 2

struct hw_cfg {
    int irq_line;
    int dma_chan;
    int fifo_depth;
    int clk_div;
};

struct sensor_dev {
    spinlock_t lock;
    int ready;
    struct hw_cfg cfg;
    int samples;
    int overruns;
    int last;
};

struct sensor_ops {
    int  (*start)(struct sensor_dev *d);
    int  (*sample)(struct sensor_dev *d);
    void (*irq)(struct sensor_dev *d);
    void (*stop)(struct sensor_dev *d);
};

static int wait_ready(struct sensor_dev *d)
{
    int r, tries = 0;
    do {
        spin_lock(&d->lock);
        r = d->ready;
        spin_unlock(&d->lock);
        tries++;
    } while (!r && tries < 1000000);
    return r;
}

static int s_start(struct sensor_dev *d)
{
    return wait_ready(d) ? 0 : -1;
}

static int s_sample(struct sensor_dev *d)
{
    int depth = d->cfg.fifo_depth;      /* read cfg outside lock: ready was seen */
    int div = d->cfg.clk_div;
    int v = depth * 3 + div;
    spin_lock(&d->lock);
    if (d->samples < depth)
        d->samples++;
    else
        d->overruns++;
    d->last = v;
    spin_unlock(&d->lock);
    return v;
}

static void s_irq(struct sensor_dev *d)
{
    int line = d->cfg.irq_line;
    spin_lock(&d->lock);
    d->last ^= line;
    spin_unlock(&d->lock);
}

static void s_stop(struct sensor_dev *d)
{
    spin_lock(&d->lock);
    d->ready = 0;
    spin_unlock(&d->lock);
}

static const struct sensor_ops sops = {
    .start = s_start, .sample = s_sample, .irq = s_irq, .stop = s_stop,
};

static struct sensor_dev sdev;

static void *poll_thread(void *arg)
{
    int i;
    (void)arg;
    if (sops.start(&sdev))
        return NULL;
    for (i = 0; i < 3; i++)
        sops.sample(&sdev);
    return NULL;
}

static void *irq_thread(void *arg)
{
    int i, n = nd(3) + 1;
    (void)arg;
    if (!wait_ready(&sdev))
        return NULL;
    for (i = 0; i < n; i++)
        sops.irq(&sdev);
    return NULL;
}

static void fill_cfg(struct hw_cfg *c)
{
    c->irq_line = 17;
    c->dma_chan = nd(4);
    c->fifo_depth = 8;
    c->clk_div = 2 + nd(3);
}

static void probe(void)
{
    spin_lock(&sdev.lock);
    sdev.ready = 1;
    spin_unlock(&sdev.lock);
    fill_cfg(&sdev.cfg);
}

int main(void)
{
    pthread_t p[NPOLL], irq;
    int i;
    spin_lock_init(&sdev.lock);
    sdev.ready = 0;
    /* threads are started before the device is probed (async probe) */
    for (i = 0; i < NPOLL; i++)
        pthread_create(&p[i], NULL, poll_thread, NULL);
    pthread_create(&irq, NULL, irq_thread, NULL);
    probe();
    for (i = 0; i < NPOLL; i++)
        pthread_join(p[i], NULL);
    pthread_join(irq, NULL);
    sops.stop(&sdev);
    printf("%d %d %d\n", sdev.samples, sdev.overruns, sdev.last);
    pthread_mutex_destroy(&sdev.lock);
    return 0;
}
