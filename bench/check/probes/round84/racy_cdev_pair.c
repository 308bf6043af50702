/* TRUTH: racy — both reader threads resolve their cdev via cdev_lookup(minor) which maps minor 1 to the same slot as minor 0 (minor >> 1), so both threads update the same mydev.unlocked_reads without a lock */
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

#define NDEV 2

struct cdev {
    int minor;
    int refs;
};

struct mydev {
    char name[8];
    int unlocked_reads;     /* only touched by the single opener of this device */
    int last_off;
    struct cdev cdev;
    int data[8];
};

static struct mydev devs[NDEV];
static spinlock_t global_lock;
static int global_opens;

static struct cdev *cdev_lookup(int minor)
{
    return &devs[minor >> 1].cdev;
}

static struct mydev *to_mydev(struct cdev *c)
{
    return container_of(c, struct mydev, cdev);
}

static struct mydev *dev_open(int minor)
{
    struct cdev *c = cdev_lookup(minor);
    spin_lock(&global_lock);
    global_opens++;
    c->refs++;
    spin_unlock(&global_lock);
    return to_mydev(c);
}

static int dev_read(struct mydev *d, int off)
{
    int v = d->data[off & 7];
    d->unlocked_reads++;
    d->last_off = off;
    return v;
}

static void dev_release(struct mydev *d)
{
    spin_lock(&global_lock);
    d->cdev.refs--;
    global_opens--;
    spin_unlock(&global_lock);
}

static int dev_count(void)
{
    int n;
    spin_lock(&global_lock);
    n = global_opens;
    spin_unlock(&global_lock);
    return n;
}

struct chr_ops {
    struct mydev *(*open)(int minor);
    int (*read)(struct mydev *d, int off);
    void (*release)(struct mydev *d);
};

static const struct chr_ops cops = {
    .open = dev_open, .read = dev_read, .release = dev_release,
};

static void *reader(void *arg)
{
    int minor = (int)(long)arg;
    struct mydev *d = cops.open(minor);
    int k, s = 0;
    for (k = 0; k < 4; k++) {
        if (nd(3))
            s += cops.read(d, nd(8));
        else
            dev_count();
    }
    cops.release(d);
    return (void *)(long)s;
}

static void chr_init(void)
{
    int i, j;
    spin_lock_init(&global_lock);
    for (i = 0; i < NDEV; i++) {
        devs[i].name[0] = 'd';
        devs[i].name[1] = (char)('0' + i);
        devs[i].name[2] = 0;
        devs[i].cdev.minor = i;
        devs[i].cdev.refs = 0;
        devs[i].unlocked_reads = 0;
        for (j = 0; j < 8; j++)
            devs[i].data[j] = i * 8 + j;
    }
}

int main(void)
{
    pthread_t t[NDEV];
    long i;
    chr_init();
    for (i = 0; i < NDEV; i++)
        pthread_create(&t[i], NULL, reader, (void *)i);
    for (i = 0; i < NDEV; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", devs[0].unlocked_reads, devs[1].unlocked_reads);
    pthread_mutex_destroy(&global_lock);
    return 0;
}
