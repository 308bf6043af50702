/* TRUTH: racy — the probe thread spawns the irq thread and returns without joining it; main joins only the probe thread and then reads/clears dev.events[] which the irq thread writes without a lock */
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

#define NEV 4

struct input_dev {
    spinlock_t lock;
    int open;
    int key_state;
    int events[NEV];     /* written only by the irq thread */
    int nevents;         /* idem */
    int grabbed;
};

static struct input_dev dev;

static void input_report_key(int code, int val)
{
    dev.events[code % NEV] = val;
    dev.nevents++;
    spin_lock(&dev.lock);
    dev.key_state = val;
    spin_unlock(&dev.lock);
}

static void *kbd_irq(void *arg)
{
    int k, n = nd(5) + 1;
    (void)arg;
    for (k = 0; k < n; k++)
        input_report_key(nd(16), k & 1);
    return NULL;
}

static int input_open(void)
{
    spin_lock(&dev.lock);
    dev.open++;
    spin_unlock(&dev.lock);
    return 0;
}

static void input_close(void)
{
    spin_lock(&dev.lock);
    dev.open--;
    spin_unlock(&dev.lock);
}

static int input_grab(int g)
{
    int r = 0;
    spin_lock(&dev.lock);
    if (g && dev.grabbed)
        r = -16;
    else
        dev.grabbed = g;
    spin_unlock(&dev.lock);
    return r;
}

static int input_state(void)
{
    int s;
    spin_lock(&dev.lock);
    s = dev.key_state;
    spin_unlock(&dev.lock);
    return s;
}

static void *probe_thread(void *arg)
{
    pthread_t irq;
    int i;
    (void)arg;
    for (i = 0; i < NEV; i++)
        dev.events[i] = 0;
    dev.nevents = 0;
    pthread_create(&irq, NULL, kbd_irq, NULL);
    input_open();
    input_grab(1);
    input_state();
    input_grab(0);
    input_close();
    return NULL;
}

static void *evdev_reader(void *arg)
{
    int k;
    (void)arg;
    input_open();
    for (k = 0; k < 4; k++) {
        if (nd(2))
            input_state();
        else
            input_grab(nd(2));
    }
    input_close();
    return NULL;
}

int main(void)
{
    pthread_t probe, rd;
    int i, sum = 0;
    spin_lock_init(&dev.lock);
    dev.open = dev.key_state = dev.grabbed = 0;
    pthread_create(&probe, NULL, probe_thread, NULL);
    pthread_create(&rd, NULL, evdev_reader, NULL);
    pthread_join(probe, NULL);
    for (i = 0; i < NEV; i++) {
        sum += dev.events[i];
        dev.events[i] = -1;
    }
    sum += dev.nevents;
    pthread_join(rd, NULL);
    printf("%d\n", sum);
    return 0;
}
