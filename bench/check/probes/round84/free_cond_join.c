/* TRUTH: free — the irq thread is always joined (free_irq is synchronous) before exit reads dev.stats[]; during runtime only the irq thread touches stats[] */
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

#define NSTAT 4
#define NUSERS 2

struct gpio_dev {
    spinlock_t lock;
    int value;
    int direction;
    int users;
    int stats[NSTAT];   /* owned by irq thread while it runs */
    int irq_enabled;
};

static struct gpio_dev dev;
static pthread_t irq_tid;

static int gpio_get(void)
{
    int v;
    spin_lock(&dev.lock);
    v = dev.value;
    spin_unlock(&dev.lock);
    return v;
}

static void gpio_set(int v)
{
    spin_lock(&dev.lock);
    if (dev.direction)
        dev.value = v;
    spin_unlock(&dev.lock);
}

static void gpio_dir(int out)
{
    spin_lock(&dev.lock);
    dev.direction = out;
    spin_unlock(&dev.lock);
}

static void *gpio_irq(void *arg)
{
    int k, n = nd(4) + 2;
    (void)arg;
    for (k = 0; k < n; k++) {
        int v = gpio_get();
        dev.stats[v & (NSTAT - 1)]++;
    }
    return NULL;
}

static void *user(void *arg)
{
    int k;
    (void)arg;
    spin_lock(&dev.lock);
    dev.users++;
    spin_unlock(&dev.lock);
    for (k = 0; k < 5; k++) {
        switch (nd(3)) {
        case 0: gpio_set(nd(8)); break;
        case 1: gpio_dir(nd(2)); break;
        default: gpio_get(); break;
        }
    }
    spin_lock(&dev.lock);
    dev.users--;
    spin_unlock(&dev.lock);
    return NULL;
}

static int request_irq(void)
{
    dev.irq_enabled = 1;
    return pthread_create(&irq_tid, NULL, gpio_irq, NULL);
}

static void free_irq(int registered)
{
        pthread_join(irq_tid, NULL);
    dev.irq_enabled = 0;
}

static int gpio_init(void)
{
    int i;
    spin_lock_init(&dev.lock);
    dev.value = 0;
    dev.direction = 1;
    for (i = 0; i < NSTAT; i++)
        dev.stats[i] = 0;
    return request_irq();
}

static long gpio_exit(int registered)
{
    long sum = 0;
    int i;
    free_irq(registered);
    for (i = 0; i < NSTAT; i++) {
        sum += dev.stats[i];
        dev.stats[i] = 0;
    }
    pthread_mutex_destroy(&dev.lock);
    return sum;
}

int main(void)
{
    pthread_t u[NUSERS];
    int i, reg;
    if (gpio_init())
        return 1;
    reg = nd(2);
    for (i = 0; i < NUSERS; i++)
        pthread_create(&u[i], NULL, user, NULL);
    for (i = 0; i < NUSERS; i++)
        pthread_join(u[i], NULL);
    printf("%ld\n", gpio_exit(reg));
    return 0;
}
