/* TRUTH: free — kref_put uses acq_rel fetch_sub; each holder's writes happen-before the final put's release/free */
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

#define NHOLD 3

struct kref { atomic_int refcount; };

static void kref_init(struct kref *k) { atomic_init(&k->refcount, 1); }
static void kref_get(struct kref *k) { atomic_fetch_add_explicit(&k->refcount, 1, memory_order_relaxed); }
static int kref_put(struct kref *k, void (*release)(struct kref *k))
{
    if (atomic_fetch_sub_explicit(&k->refcount, 1, memory_order_acq_rel) == 1) {
        release(k);
        return 1;
    }
    return 0;
}

struct usb_urb {
    struct kref ref;
    int payload[4];
    int status;
    struct list_head node;
};

struct usb_dev {
    spinlock_t lock;
    struct list_head urbs;
    int completed;
};

static struct usb_dev udev;
static long g_checksum;

static void urb_release(struct kref *k)
{
    struct usb_urb *u = container_of(k, struct usb_urb, ref);
    long s = 0;
    int i;
    for (i = 0; i < 4; i++)
        s += u->payload[i];
    s += u->status;
    spin_lock(&udev.lock);
    g_checksum += s;
    udev.completed++;
    spin_unlock(&udev.lock);
    free(u);
}

struct holder_arg {
    struct usb_urb *urb;
    int slot;
};

static void *holder(void *p)
{
    struct holder_arg *a = p;
    struct usb_urb *u = a->urb;
    int rounds = nd(3) + 1, i;
    for (i = 0; i < rounds; i++) {
        if (nd(2))
            ;
    }
    u->payload[a->slot] = a->slot * 7 + rounds;   /* each holder owns one slot */
    kref_put(&u->ref, urb_release);
    return NULL;
}

static struct usb_urb *urb_alloc(void)
{
    struct usb_urb *u = calloc(1, sizeof *u);
    if (!u)
        return NULL;
    kref_init(&u->ref);
    INIT_LIST_HEAD(&u->node);
    return u;
}

static int usb_submit(struct usb_urb *u)
{
    spin_lock(&udev.lock);
    list_add_tail(&u->node, &udev.urbs);
    spin_unlock(&udev.lock);
    return 0;
}

static void usb_unlink(struct usb_urb *u)
{
    spin_lock(&udev.lock);
    list_del(&u->node);
    spin_unlock(&udev.lock);
}

static int usb_init(void)
{
    spin_lock_init(&udev.lock);
    INIT_LIST_HEAD(&udev.urbs);
    udev.completed = 0;
    return 0;
}

int main(void)
{
    pthread_t t[NHOLD];
    struct holder_arg args[NHOLD];
    struct usb_urb *u;
    int i;
    usb_init();
    u = urb_alloc();
    if (!u)
        return 1;
    usb_submit(u);
    usb_unlink(u);
    u->status = 5;
    for (i = 0; i < NHOLD; i++) {
        kref_get(&u->ref);
        args[i].urb = u;
        args[i].slot = i;
    }
    for (i = 0; i < NHOLD; i++)
        pthread_create(&t[i], NULL, holder, &args[i]);
    u->payload[3] = 99;   /* main's own slot, before its put */
    kref_put(&u->ref, urb_release);
    for (i = 0; i < NHOLD; i++)
        pthread_join(t[i], NULL);
    printf("%ld %d\n", g_checksum, udev.completed);
    return 0;
}
