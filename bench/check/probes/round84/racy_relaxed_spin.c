/* TRUTH: racy — emulated spinlock is released with memory_order_relaxed clear, so the next holder's accesses to dev->tx_count/tx_buf are not ordered after the previous holder's */
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
#include <stdatomic.h>

#define NQ 8
#define NTHR 3

typedef struct { atomic_flag f; } rawspin_t;

static void raw_lock(rawspin_t *l)
{
    while (atomic_flag_test_and_set_explicit(&l->f, memory_order_acquire))
        ;
}

static void raw_unlock(rawspin_t *l)
{
    atomic_flag_clear_explicit(&l->f, memory_order_relaxed);
}

struct netdev;
struct netdev_ops {
    int (*ndo_open)(struct netdev *d);
    int (*ndo_xmit)(struct netdev *d, int pkt);
    int (*ndo_stop)(struct netdev *d);
    long (*ndo_ioctl)(struct netdev *d, int cmd);
};

struct netdev {
    rawspin_t xmit_lock;
    int up;
    int tx_count;
    int tx_drop;
    int tx_buf[NQ];
    int tx_head;
    const struct netdev_ops *ops;
};

static int my_open(struct netdev *d)
{
    raw_lock(&d->xmit_lock);
    d->up = 1;
    raw_unlock(&d->xmit_lock);
    return 0;
}

static int my_xmit(struct netdev *d, int pkt)
{
    int r = 0;
    raw_lock(&d->xmit_lock);
    if (!d->up || d->tx_head >= NQ) {
        d->tx_drop++;
        r = -1;
    } else {
        d->tx_buf[d->tx_head++] = pkt;
        d->tx_count++;
    }
    raw_unlock(&d->xmit_lock);
    return r;
}

static int my_stop(struct netdev *d)
{
    raw_lock(&d->xmit_lock);
    d->up = 0;
    d->tx_head = 0;
    raw_unlock(&d->xmit_lock);
    return 0;
}

static long my_ioctl(struct netdev *d, int cmd)
{
    long r;
    raw_lock(&d->xmit_lock);
    if (cmd)
        r = d->tx_count;
    else
        r = d->tx_drop;
    raw_unlock(&d->xmit_lock);
    return r;
}

static const struct netdev_ops my_ops = {
    .ndo_open = my_open,
    .ndo_xmit = my_xmit,
    .ndo_stop = my_stop,
    .ndo_ioctl = my_ioctl,
};

static struct netdev *ndev;

static void *stack_thread(void *arg)
{
    long id = (long)arg;
    int i;
    for (i = 0; i < 4; i++) {
        switch (nd(4)) {
        case 0: ndev->ops->ndo_open(ndev); break;
        case 1: ndev->ops->ndo_xmit(ndev, (int)id * 100 + i); break;
        case 2: ndev->ops->ndo_ioctl(ndev, nd(2)); break;
        default: ndev->ops->ndo_xmit(ndev, i); break;
        }
    }
    return NULL;
}

static void *tx_complete_irq(void *arg)
{
    int i;
    (void)arg;
    for (i = 0; i < 3; i++) {
        raw_lock(&ndev->xmit_lock);
        if (ndev->tx_head > 0)
            ndev->tx_head--;
        raw_unlock(&ndev->xmit_lock);
    }
    return NULL;
}

static int probe(void)
{
    ndev = malloc(sizeof *ndev);
    if (!ndev)
        return -1;
    atomic_flag_clear(&ndev->xmit_lock.f);
    ndev->up = 0;
    ndev->tx_count = ndev->tx_drop = ndev->tx_head = 0;
    memset(ndev->tx_buf, 0, sizeof ndev->tx_buf);
    ndev->ops = &my_ops;
    return 0;
}

static void remove_dev(void)
{
    ndev->ops->ndo_stop(ndev);
    free(ndev);
    ndev = NULL;
}

int main(void)
{
    pthread_t t[NTHR], irq;
    long i;
    if (probe())
        return 1;
    for (i = 0; i < NTHR; i++)
        pthread_create(&t[i], NULL, stack_thread, (void *)i);
    pthread_create(&irq, NULL, tx_complete_irq, NULL);
    for (i = 0; i < NTHR; i++)
        pthread_join(t[i], NULL);
    pthread_join(irq, NULL);
    printf("tx=%d drop=%d\n", ndev->tx_count, ndev->tx_drop);
    remove_dev();
    return 0;
}
