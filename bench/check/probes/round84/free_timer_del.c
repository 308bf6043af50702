/* TRUTH: free — del_timer_sync() joins the timer thread before remove() touches priv->samples; blink_fn is the only runtime writer of samples */
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

#define NSAMP 8

struct timer_list {
    spinlock_t lock;
    void (*function)(struct timer_list *t);
    int active;
    int expires;
    pthread_t thr;
};

struct led_priv {
    spinlock_t lock;
    int brightness;
    int blink_on;
    int *samples;        /* written only by the timer callback */
    int nsamp;
    struct timer_list timer;
};

static struct led_priv *led;

static void *timer_thread(void *arg)
{
    struct timer_list *t = arg;
    int k;
    for (k = 0; k < 50; k++) {
        int act;
        spin_lock(&t->lock);
        act = t->active;
        spin_unlock(&t->lock);
        if (!act)
            break;
        t->function(t);
    }
    return NULL;
}

static void setup_timer(struct timer_list *t, void (*fn)(struct timer_list *))
{
    spin_lock_init(&t->lock);
    t->function = fn;
    t->active = 0;
    t->expires = 0;
}

static void add_timer(struct timer_list *t)
{
    t->active = 1;
    pthread_create(&t->thr, NULL, timer_thread, t);
}

static void del_timer(struct timer_list *t)
{
    spin_lock(&t->lock);
    t->active = 0;
    spin_unlock(&t->lock);
}

static void del_timer_sync(struct timer_list *t)
{
    del_timer(t);
    pthread_join(t->thr, NULL);
}

static void blink_fn(struct timer_list *t)
{
    struct led_priv *p = container_of(t, struct led_priv, timer);
    int b;
    spin_lock(&p->lock);
    b = p->brightness;
    p->blink_on = !p->blink_on;
    spin_unlock(&p->lock);
    p->samples[p->nsamp % NSAMP] = b;
    p->nsamp++;
}

static void led_set(int b)
{
    spin_lock(&led->lock);
    led->brightness = b;
    spin_unlock(&led->lock);
}

static int led_get(void)
{
    int b;
    spin_lock(&led->lock);
    b = led->brightness;
    spin_unlock(&led->lock);
    return b;
}

static void *user(void *arg)
{
    int k;
    (void)arg;
    for (k = 0; k < 4; k++) {
        if (nd(2))
            led_set(nd(256));
        else
            led_get();
    }
    return NULL;
}

static int led_probe(void)
{
    led = calloc(1, sizeof *led);
    if (!led)
        return -1;
    spin_lock_init(&led->lock);
    led->samples = calloc(NSAMP, sizeof(int));
    led->nsamp = 0;
    setup_timer(&led->timer, blink_fn);
    add_timer(&led->timer);
    return 0;
}

static int led_remove(void)
{
    int s = 0, i;
    del_timer_sync(&led->timer);
    for (i = 0; i < NSAMP; i++)
        s += led->samples[i];
    led->nsamp = 0;
    free(led->samples);
    led->samples = NULL;
    return s;
}

int main(void)
{
    pthread_t u1, u2;
    if (led_probe())
        return 1;
    pthread_create(&u1, NULL, user, NULL);
    pthread_create(&u2, NULL, user, NULL);
    pthread_join(u1, NULL);
    pthread_join(u2, NULL);
    printf("%d\n", led_remove());
    return 0;
}
