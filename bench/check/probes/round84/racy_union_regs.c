/* TRUTH: racy — dev.shadow is a union: the rx irq thread writes shadow.rx.len under rx_lock while the tx thread writes shadow.tx.flags under tx_lock; both members overlay the same bytes */
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

#define NDESC 4

struct rx_shadow { int len; int status; };
struct tx_shadow { int flags; int seq; };

union shadow_regs {
    struct rx_shadow rx;
    struct tx_shadow tx;
};

struct eth_dev {
    spinlock_t rx_lock;      /* rx ring + shadow.rx */
    spinlock_t tx_lock;      /* tx ring + shadow.tx */
    union shadow_regs shadow;
    int rx_ring[NDESC];
    int rx_idx;
    int tx_ring[NDESC];
    int tx_idx;
    long rx_bytes;
    long tx_bytes;
};

static struct eth_dev dev;

static void eth_rx_irq(int len)
{
    spin_lock(&dev.rx_lock);
    dev.shadow.rx.len = len;
    dev.shadow.rx.status = 1;
    dev.rx_ring[dev.rx_idx] = len;
    dev.rx_idx = (dev.rx_idx + 1) % NDESC;
    dev.rx_bytes += len;
    spin_unlock(&dev.rx_lock);
}

static int eth_xmit(int len, int fl)
{
    spin_lock(&dev.tx_lock);
    dev.shadow.tx.flags = fl;
    dev.shadow.tx.seq++;
    dev.tx_ring[dev.tx_idx] = len;
    dev.tx_idx = (dev.tx_idx + 1) % NDESC;
    dev.tx_bytes += len;
    spin_unlock(&dev.tx_lock);
    return 0;
}

static long eth_rx_stats(void)
{
    long r;
    spin_lock(&dev.rx_lock);
    r = dev.rx_bytes + dev.shadow.rx.status;
    spin_unlock(&dev.rx_lock);
    return r;
}

static long eth_tx_stats(void)
{
    long r;
    spin_lock(&dev.tx_lock);
    r = dev.tx_bytes + dev.shadow.tx.seq;
    spin_unlock(&dev.tx_lock);
    return r;
}

struct eth_ops {
    int  (*xmit)(int len, int fl);
    long (*rx_stats)(void);
    long (*tx_stats)(void);
};

static const struct eth_ops eops = {
    .xmit = eth_xmit, .rx_stats = eth_rx_stats, .tx_stats = eth_tx_stats,
};

static void *rx_irq_thread(void *arg)
{
    int k, n = nd(4) + 1;
    (void)arg;
    for (k = 0; k < n; k++)
        eth_rx_irq(64 + nd(1400));
    return NULL;
}

static void *tx_thread(void *arg)
{
    int k;
    (void)arg;
    for (k = 0; k < 4; k++) {
        switch (nd(3)) {
        case 0: eops.xmit(60 + k, nd(8)); break;
        case 1: eops.rx_stats(); break;
        default: eops.tx_stats(); break;
        }
    }
    return NULL;
}

static void eth_probe(void)
{
    spin_lock_init(&dev.rx_lock);
    spin_lock_init(&dev.tx_lock);
    memset(&dev.shadow, 0, sizeof dev.shadow);
    dev.rx_idx = dev.tx_idx = 0;
    dev.rx_bytes = dev.tx_bytes = 0;
}

int main(void)
{
    pthread_t rx, tx1, tx2;
    eth_probe();
    pthread_create(&rx, NULL, rx_irq_thread, NULL);
    pthread_create(&tx1, NULL, tx_thread, NULL);
    pthread_create(&tx2, NULL, tx_thread, NULL);
    pthread_join(rx, NULL);
    pthread_join(tx1, NULL);
    pthread_join(tx2, NULL);
    printf("%ld %ld\n", dev.rx_bytes, dev.tx_bytes);
    pthread_mutex_destroy(&dev.rx_lock);
    pthread_mutex_destroy(&dev.tx_lock);
    return 0;
}
