/* TRUTH: racy — 4 worker threads map to per-cpu slots with id % NR_CPUS (NR_CPUS=3), so threads 0 and 3 both update pcpu[0].packets without a lock */
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

#define NR_CPUS 3
#define NWORKERS 4

struct pcpu_stats {
    long packets;
    long bytes;
    long errors;
    int  last_len;
};

struct nic_priv {
    spinlock_t cfg_lock;
    int mtu;
    int promisc;
    struct pcpu_stats pcpu[NR_CPUS];
};

struct nic_ops {
    int  (*rx)(struct nic_priv *p, int cpu, int len);
    int  (*set_mtu)(struct nic_priv *p, int mtu);
    long (*get_stats)(struct nic_priv *p);
};

static int nic_rx(struct nic_priv *p, int cpu, int len)
{
    struct pcpu_stats *s = &p->pcpu[cpu];
    int mtu;
    spin_lock(&p->cfg_lock);
    mtu = p->mtu;
    spin_unlock(&p->cfg_lock);
    if (len > mtu) {
        s->errors++;
        return -1;
    }
    s->packets++;
    s->bytes += len;
    s->last_len = len;
    return 0;
}

static int nic_set_mtu(struct nic_priv *p, int mtu)
{
    if (mtu < 68 || mtu > 9000)
        return -22;
    spin_lock(&p->cfg_lock);
    p->mtu = mtu;
    spin_unlock(&p->cfg_lock);
    return 0;
}

static long nic_get_stats(struct nic_priv *p)
{
    long tot = 0;
    int c;
    for (c = 0; c < NR_CPUS; c++)
        tot += p->pcpu[c].packets + p->pcpu[c].errors;
    return tot;
}

static const struct nic_ops nops = {
    .rx = nic_rx, .set_mtu = nic_set_mtu, .get_stats = nic_get_stats,
};

struct worker_ctx {
    struct nic_priv *priv;
    int id;
    pthread_t tid;
};

static void *napi_poll(void *arg)
{
    struct worker_ctx *w = arg;
    int cpu = w->id % NR_CPUS;
    int budget = nd(4) + 2, i;
    for (i = 0; i < budget; i++) {
        int len = 60 + nd(2000);
        nops.rx(w->priv, cpu, len);
    }
    return NULL;
}

static void *admin(void *arg)
{
    struct nic_priv *p = arg;
    int i;
    for (i = 0; i < 3; i++)
        nops.set_mtu(p, 500 + nd(2000));
    return NULL;
}

static struct nic_priv *nic_probe(void)
{
    struct nic_priv *p = malloc(sizeof *p);
    int c;
    if (!p)
        return NULL;
    spin_lock_init(&p->cfg_lock);
    p->mtu = 1500;
    p->promisc = 0;
    for (c = 0; c < NR_CPUS; c++)
        memset(&p->pcpu[c], 0, sizeof p->pcpu[c]);
    return p;
}

int main(void)
{
    struct worker_ctx w[NWORKERS];
    pthread_t adm;
    struct nic_priv *p = nic_probe();
    int i;
    if (!p)
        return 1;
    for (i = 0; i < NWORKERS; i++) {
        w[i].priv = p;
        w[i].id = i;
        pthread_create(&w[i].tid, NULL, napi_poll, &w[i]);
    }
    pthread_create(&adm, NULL, admin, p);
    for (i = 0; i < NWORKERS; i++)
        pthread_join(w[i].tid, NULL);
    pthread_join(adm, NULL);
    printf("%ld\n", nops.get_stats(p));
    pthread_mutex_destroy(&p->cfg_lock);
    free(p);
    return 0;
}
