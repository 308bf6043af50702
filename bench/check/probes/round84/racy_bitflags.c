/* TRUTH: racy — open() sets priv->st.opened under open_lock while irq thread sets priv->st.irq_on under irq_lock; adjacent bit-fields share one memory location */
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

#define NR_USERS 2
#define RING 16

struct dev_state {
    unsigned opened : 4;
    unsigned irq_on : 4;
};

struct mydev {
    spinlock_t open_lock;     /* protects st.opened, users */
    spinlock_t irq_lock;      /* protects st.irq_on, ring, irq_seen */
    struct dev_state st;
    int users;
    int ring[RING];
    int rhead, rtail;
    int irq_seen;
};

struct file {
    struct mydev *dev;
    int pos;
};

struct dev_ops {
    int  (*open)(struct mydev *d, struct file *f);
    int  (*read)(struct file *f, int *out);
    long (*ioctl)(struct file *f, int cmd, int arg);
    void (*release)(struct file *f);
    void (*irq)(struct mydev *d, int v);
};

static int dev_open(struct mydev *d, struct file *f)
{
    spin_lock(&d->open_lock);
    d->users++;
    d->st.opened = 1;
    spin_unlock(&d->open_lock);
    f->dev = d;
    f->pos = 0;
    return 0;
}

static int dev_read(struct file *f, int *out)
{
    struct mydev *d = f->dev;
    int ok = 0;
    spin_lock(&d->irq_lock);
    if (d->rtail != d->rhead) {
        *out = d->ring[d->rtail];
        d->rtail = (d->rtail + 1) % RING;
        ok = 1;
    }
    spin_unlock(&d->irq_lock);
    if (ok)
        f->pos++;
    return ok;
}

static long dev_ioctl(struct file *f, int cmd, int arg)
{
    struct mydev *d = f->dev;
    long r = 0;
    if (cmd == 0) {
        spin_lock(&d->irq_lock);
        r = d->irq_seen;
        spin_unlock(&d->irq_lock);
    } else if (cmd == 1) {
        spin_lock(&d->irq_lock);
        d->st.irq_on = arg ? 1 : 0;
        spin_unlock(&d->irq_lock);
    } else {
        spin_lock(&d->open_lock);
        r = d->users;
        spin_unlock(&d->open_lock);
    }
    return r;
}

static void dev_release(struct file *f)
{
    struct mydev *d = f->dev;
    spin_lock(&d->open_lock);
    if (--d->users == 0)
        d->st.opened = 0;
    spin_unlock(&d->open_lock);
    f->dev = NULL;
}

static void dev_irq(struct mydev *d, int v)
{
    spin_lock(&d->irq_lock);
    d->irq_seen++;
    d->st.irq_on = 1;
    if ((d->rhead + 1) % RING != d->rtail) {
        d->ring[d->rhead] = v;
        d->rhead = (d->rhead + 1) % RING;
    }
    spin_unlock(&d->irq_lock);
}

static const struct dev_ops ops = {
    .open = dev_open, .read = dev_read, .ioctl = dev_ioctl,
    .release = dev_release, .irq = dev_irq,
};

static struct mydev the_dev;

static void *user_fn(void *arg)
{
    struct file f;
    int i, v;
    (void)arg;
    ops.open(&the_dev, &f);
    for (i = 0; i < 4; i++) {
        int c = nd(3);
        if (c == 0)
            ops.read(&f, &v);
        else
            ops.ioctl(&f, nd(3), nd(2));
    }
    ops.release(&f);
    return NULL;
}

static void *irq_fn(void *arg)
{
    int i, n = nd(5) + 1;
    (void)arg;
    for (i = 0; i < n; i++)
        ops.irq(&the_dev, i);
    return NULL;
}

static int mod_init(void)
{
    spin_lock_init(&the_dev.open_lock);
    spin_lock_init(&the_dev.irq_lock);
    memset(the_dev.ring, 0, sizeof the_dev.ring);
    the_dev.rhead = the_dev.rtail = 0;
    return 0;
}

static void mod_exit(void)
{
    pthread_mutex_destroy(&the_dev.open_lock);
    pthread_mutex_destroy(&the_dev.irq_lock);
}

int main(void)
{
    pthread_t u[NR_USERS], irq;
    int i;
    mod_init();
    pthread_create(&irq, NULL, irq_fn, NULL);
    for (i = 0; i < NR_USERS; i++)
        pthread_create(&u[i], NULL, user_fn, NULL);
    for (i = 0; i < NR_USERS; i++)
        pthread_join(u[i], NULL);
    pthread_join(irq, NULL);
    printf("%d %d\n", the_dev.st.opened, the_dev.irq_seen);
    mod_exit();
    return 0;
}
