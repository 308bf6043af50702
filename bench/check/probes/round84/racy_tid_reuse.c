/* TRUTH: racy — when the nondet rebind path runs, request_irq() is called twice storing both thread ids in the single dev.irq_tid, so free_irq() joins only the second irq thread; the first may still be updating dev.irq_hist[] when exit reads it */
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

#define NHIST 4
#define MAXIRQ 2

struct uart_dev {
    spinlock_t lock;
    int baud;
    int tx_pending;
    int rx_count;
    int irq_hist[NHIST];      /* written only by irq threads (one at a time per slot) */
    pthread_t irq_tid;
    int nirq;
};

static struct uart_dev dev;

struct irq_arg { int slot; };
static struct irq_arg irq_args[MAXIRQ];

static void *uart_irq(void *p)
{
    struct irq_arg *a = p;
    int k, n = nd(4) + 1;
    for (k = 0; k < n; k++) {
        spin_lock(&dev.lock);
        dev.rx_count++;
        if (dev.tx_pending > 0)
            dev.tx_pending--;
        spin_unlock(&dev.lock);
        dev.irq_hist[a->slot] += k;   /* private slot of this irq thread */
    }
    return NULL;
}

static int request_irq(void)
{
    int n = dev.nirq;
    if (n >= MAXIRQ)
        return -1;
    irq_args[n].slot = n;
    dev.nirq = n + 1;
    return pthread_create(&dev.irq_tid, NULL, uart_irq, &irq_args[n]);
}

static void free_irq(void)
{
    if (dev.nirq > 0)
        pthread_join(dev.irq_tid, NULL);
    dev.nirq = 0;
}

static void uart_set_baud(int b)
{
    spin_lock(&dev.lock);
    dev.baud = b;
    spin_unlock(&dev.lock);
}

static int uart_write(int n)
{
    spin_lock(&dev.lock);
    dev.tx_pending += n;
    spin_unlock(&dev.lock);
    return n;
}

static int uart_read(void)
{
    int r;
    spin_lock(&dev.lock);
    r = dev.rx_count;
    dev.rx_count = 0;
    spin_unlock(&dev.lock);
    return r;
}

static void *tty_thread(void *arg)
{
    int k;
    (void)arg;
    for (k = 0; k < 5; k++) {
        switch (nd(3)) {
        case 0: uart_set_baud(9600 * (nd(4) + 1)); break;
        case 1: uart_write(nd(16)); break;
        default: uart_read(); break;
        }
    }
    return NULL;
}

static int uart_probe(void)
{
    int i;
    spin_lock_init(&dev.lock);
    dev.baud = 115200;
    dev.tx_pending = dev.rx_count = 0;
    dev.nirq = 0;
    for (i = 0; i < NHIST; i++)
        dev.irq_hist[i] = 0;
    return request_irq();
}

static long uart_remove(void)
{
    long s = 0;
    int i;
    free_irq();
    for (i = 0; i < NHIST; i++)
        s += dev.irq_hist[i];
    pthread_mutex_destroy(&dev.lock);
    return s;
}

int main(void)
{
    pthread_t tty1, tty2;
    if (uart_probe())
        return 1;
    pthread_create(&tty1, NULL, tty_thread, NULL);
    if (nd(2))
        request_irq();     /* rebind: second irq line */
    pthread_create(&tty2, NULL, tty_thread, NULL);
    pthread_join(tty1, NULL);
    pthread_join(tty2, NULL);
    printf("%ld\n", uart_remove());
    return 0;
}
