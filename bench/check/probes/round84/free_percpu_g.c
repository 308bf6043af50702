/* TRUTH: free — NR_CPUS=4, each softirq thread owns cpu_stats[id]; the global config is under cfg_lock; main sums after joining every thread */
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

#define NR_CPUS 4
#define NTHREADS 4

struct cpu_stat {
    long rx_packets;
    long rx_dropped;
    int last_len;
};

static struct cpu_stat cpu_stats[NR_CPUS];
static spinlock_t cfg_lock;
static int cfg_mtu = 1500;
static int cfg_gro;

static int get_mtu(void)
{
    int m;
    spin_lock(&cfg_lock);
    m = cfg_mtu;
    spin_unlock(&cfg_lock);
    return m;
}

static void set_mtu(int m)
{
    spin_lock(&cfg_lock);
    cfg_mtu = m;
    spin_unlock(&cfg_lock);
}

static void set_gro(int g)
{
    spin_lock(&cfg_lock);
    cfg_gro = g;
    spin_unlock(&cfg_lock);
}

static void netif_receive(int cpu, int len)
{
    if (len > get_mtu()) {
        cpu_stats[cpu].rx_dropped++;
        return;
    }
    cpu_stats[cpu].rx_packets++;
    cpu_stats[cpu].last_len = len;
}

static void *softirq(void *arg)
{
    int id = (int)(long)arg;
    int cpu = id % NR_CPUS;
    int k, n = nd(4) + 1;
    for (k = 0; k < n; k++)
        netif_receive(cpu, 60 + nd(3000));
    return NULL;
}

static void *ethtool(void *arg)
{
    int k;
    (void)arg;
    for (k = 0; k < 3; k++) {
        if (nd(2))
            set_mtu(576 + nd(8000));
        else
            set_gro(nd(2));
    }
    return NULL;
}

static long total_packets(void)
{
    long t = 0;
    int c;
    for (c = 0; c < NR_CPUS; c++)
        t += cpu_stats[c].rx_packets + cpu_stats[c].rx_dropped;
    return t;
}

int main(void)
{
    pthread_t t[NTHREADS], et;
    long i;
    spin_lock_init(&cfg_lock);
    for (i = 0; i < NR_CPUS; i++)
        memset(&cpu_stats[i], 0, sizeof cpu_stats[i]);
    for (i = 0; i < NTHREADS; i++)
        pthread_create(&t[i], NULL, softirq, (void *)i);
    pthread_create(&et, NULL, ethtool, NULL);
    for (i = 0; i < NTHREADS; i++)
        pthread_join(t[i], NULL);
    pthread_join(et, NULL);
    printf("%ld\n", total_packets());
    pthread_mutex_destroy(&cfg_lock);
    return 0;
}
