/* TRUTH: free — forwarding counter of the peer is updated while holding the peer's own lock ports[i^1].lock; every field is always accessed under its own port's lock */
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

#define NPORTS 2
#define QLEN 8

struct port {
    spinlock_t lock;
    int id;
    int enabled;
    int rx;
    int tx;
    int fwd_in;
    int q[QLEN];
    int qn;
};

static struct port ports[NPORTS];

static int port_enable(int i, int on)
{
    spin_lock(&ports[i].lock);
    ports[i].enabled = on;
    spin_unlock(&ports[i].lock);
    return 0;
}

static int port_tx(int i, int v)
{
    int r = -1;
    spin_lock(&ports[i].lock);
    if (ports[i].enabled && ports[i].qn < QLEN) {
        ports[i].q[ports[i].qn++] = v;
        ports[i].tx++;
        r = 0;
    }
    spin_unlock(&ports[i].lock);
    return r;
}

static void port_rx(int i, int v)
{
    int peer = i ^ 1;
    int fwd = 0;
    spin_lock(&ports[i].lock);
    ports[i].rx++;
    if (v & 1)
        fwd = 1;
    spin_unlock(&ports[i].lock);
    if (fwd) {
        spin_lock(&ports[peer].lock);
        ports[peer].fwd_in++;
        spin_unlock(&ports[peer].lock);
    }
}

static int port_drain(int i)
{
    int n;
    spin_lock(&ports[i].lock);
    n = ports[i].qn;
    ports[i].qn = 0;
    ports[i].fwd_in = 0;
    spin_unlock(&ports[i].lock);
    return n;
}

static int port_stats(int i)
{
    int s;
    spin_lock(&ports[i].lock);
    s = ports[i].rx + ports[i].tx + ports[i].fwd_in;
    spin_unlock(&ports[i].lock);
    return s;
}

static void *port_thread(void *arg)
{
    int i = (int)(long)arg;
    int k;
    port_enable(i, 1);
    for (k = 0; k < 6; k++) {
        switch (nd(4)) {
        case 0: port_rx(i, nd(100)); break;
        case 1: port_tx(i, k); break;
        case 2: port_drain(i); break;
        default: port_stats(i); break;
        }
    }
    port_enable(i, 0);
    return NULL;
}

static void *irq_thread(void *arg)
{
    int k;
    (void)arg;
    for (k = 0; k < 4; k++) {
        int i = nd(NPORTS);
        spin_lock(&ports[i].lock);
        if (ports[i].enabled)
            ports[i].rx++;
        spin_unlock(&ports[i].lock);
    }
    return NULL;
}

static void switch_init(void)
{
    int i;
    for (i = 0; i < NPORTS; i++) {
        spin_lock_init(&ports[i].lock);
        ports[i].id = i;
        ports[i].enabled = 0;
        ports[i].rx = ports[i].tx = ports[i].fwd_in = ports[i].qn = 0;
    }
}

static void switch_exit(void)
{
    int i;
    for (i = 0; i < NPORTS; i++)
        pthread_mutex_destroy(&ports[i].lock);
}

int main(void)
{
    pthread_t t[NPORTS], irq;
    long i;
    switch_init();
    for (i = 0; i < NPORTS; i++)
        pthread_create(&t[i], NULL, port_thread, (void *)i);
    pthread_create(&irq, NULL, irq_thread, NULL);
    for (i = 0; i < NPORTS; i++)
        pthread_join(t[i], NULL);
    pthread_join(irq, NULL);
    printf("%d %d\n", ports[0].fwd_in, ports[1].fwd_in);
    switch_exit();
    return 0;
}
