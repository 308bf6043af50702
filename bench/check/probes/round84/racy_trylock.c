/* TRUTH: racy — watchdog ping ignores the result of pthread_mutex_trylock and updates wdt->last_ping/pings even when the lock was not acquired */
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

#define NPINGERS 2

struct watchdog_dev {
    pthread_mutex_t lock;
    int timeout;
    int last_ping;
    int pings;
    int missed;
    int active;
    int now;
};

struct watchdog_ops {
    int  (*start)(struct watchdog_dev *w);
    int  (*stop)(struct watchdog_dev *w);
    int  (*ping)(struct watchdog_dev *w);
    int  (*set_timeout)(struct watchdog_dev *w, int t);
    int  (*get_timeleft)(struct watchdog_dev *w);
};

static int wdt_start(struct watchdog_dev *w)
{
    pthread_mutex_lock(&w->lock);
    w->active = 1;
    w->last_ping = w->now;
    pthread_mutex_unlock(&w->lock);
    return 0;
}

static int wdt_stop(struct watchdog_dev *w)
{
    pthread_mutex_lock(&w->lock);
    w->active = 0;
    pthread_mutex_unlock(&w->lock);
    return 0;
}

static int wdt_ping(struct watchdog_dev *w)
{
    int rc = pthread_mutex_trylock(&w->lock);
    w->last_ping = w->now;
    w->pings++;
    if (rc == 0)
        pthread_mutex_unlock(&w->lock);
    return 0;
}

static int wdt_set_timeout(struct watchdog_dev *w, int t)
{
    if (t <= 0)
        return -22;
    pthread_mutex_lock(&w->lock);
    w->timeout = t;
    pthread_mutex_unlock(&w->lock);
    return 0;
}

static int wdt_get_timeleft(struct watchdog_dev *w)
{
    int left;
    pthread_mutex_lock(&w->lock);
    left = w->last_ping + w->timeout - w->now;
    pthread_mutex_unlock(&w->lock);
    return left;
}

static const struct watchdog_ops wops = {
    .start = wdt_start, .stop = wdt_stop, .ping = wdt_ping,
    .set_timeout = wdt_set_timeout, .get_timeleft = wdt_get_timeleft,
};

static struct watchdog_dev wdt;

static void *pinger(void *arg)
{
    int i;
    (void)arg;
    for (i = 0; i < 5; i++) {
        switch (nd(4)) {
        case 0: wops.ping(&wdt); break;
        case 1: wops.get_timeleft(&wdt); break;
        case 2: wops.set_timeout(&wdt, nd(60)); break;
        default: wops.ping(&wdt); break;
        }
    }
    return NULL;
}

static void *ticker(void *arg)
{
    int i;
    (void)arg;
    for (i = 0; i < 10; i++) {
        pthread_mutex_lock(&wdt.lock);
        wdt.now++;
        if (wdt.active && wdt.now - wdt.last_ping > wdt.timeout)
            wdt.missed++;
        pthread_mutex_unlock(&wdt.lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t p[NPINGERS], tk;
    int i;
    pthread_mutex_init(&wdt.lock, NULL);
    wdt.timeout = 30;
    wops.start(&wdt);
    for (i = 0; i < NPINGERS; i++)
        pthread_create(&p[i], NULL, pinger, NULL);
    pthread_create(&tk, NULL, ticker, NULL);
    for (i = 0; i < NPINGERS; i++)
        pthread_join(p[i], NULL);
    pthread_join(tk, NULL);
    wops.stop(&wdt);
    printf("%d %d\n", wdt.pings, wdt.missed);
    pthread_mutex_destroy(&wdt.lock);
    return 0;
}
