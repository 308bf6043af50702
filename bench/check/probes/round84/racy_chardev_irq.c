/* TRUTH: racy — irq handler increments priv->irq_count without priv->lock while ioctl(GET_STATS) reads it under the lock */
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

#define BUF_SZ 64
#define IOCTL_RESET 1
#define IOCTL_STATS 2
#define IOCTL_MODE  3

struct file;
struct file_operations {
    int (*open)(struct file *f);
    int (*read)(struct file *f, char *buf, int n);
    int (*write)(struct file *f, const char *buf, int n);
    long (*ioctl)(struct file *f, unsigned cmd, long arg);
    int (*release)(struct file *f);
};

struct mydev_priv {
    spinlock_t lock;
    int open_count;
    int irq_count;
    int rx_bytes;
    int tx_bytes;
    int mode;
    char buf[BUF_SZ];
    int head, tail;
};

struct file {
    struct mydev_priv *priv;
    int flags;
};

static struct mydev_priv *g_dev;
static const struct file_operations *g_fops;

static int mydev_open(struct file *f)
{
    f->priv = g_dev;
    spin_lock(&g_dev->lock);
    g_dev->open_count++;
    spin_unlock(&g_dev->lock);
    return 0;
}

static int mydev_read(struct file *f, char *out, int n)
{
    struct mydev_priv *p = f->priv;
    int got = 0;
    spin_lock(&p->lock);
    while (got < n && p->tail != p->head) {
        out[got++] = p->buf[p->tail];
        p->tail = (p->tail + 1) % BUF_SZ;
    }
    p->rx_bytes += got;
    spin_unlock(&p->lock);
    return got;
}

static int mydev_write(struct file *f, const char *in, int n)
{
    struct mydev_priv *p = f->priv;
    int put = 0;
    spin_lock(&p->lock);
    while (put < n && (p->head + 1) % BUF_SZ != p->tail) {
        p->buf[p->head] = in[put++];
        p->head = (p->head + 1) % BUF_SZ;
    }
    p->tx_bytes += put;
    spin_unlock(&p->lock);
    return put;
}

static long mydev_ioctl(struct file *f, unsigned cmd, long arg)
{
    struct mydev_priv *p = f->priv;
    long ret = 0;
    switch (cmd) {
    case IOCTL_RESET:
        spin_lock(&p->lock);
        p->rx_bytes = p->tx_bytes = 0;
        p->irq_count = 0;
        spin_unlock(&p->lock);
        break;
    case IOCTL_STATS:
        spin_lock(&p->lock);
        ret = p->irq_count + p->rx_bytes + p->tx_bytes;
        spin_unlock(&p->lock);
        break;
    case IOCTL_MODE:
        spin_lock(&p->lock);
        p->mode = (int)arg;
        spin_unlock(&p->lock);
        break;
    default:
        ret = -22;
    }
    return ret;
}

static int mydev_release(struct file *f)
{
    struct mydev_priv *p = f->priv;
    spin_lock(&p->lock);
    p->open_count--;
    spin_unlock(&p->lock);
    f->priv = NULL;
    return 0;
}

static const struct file_operations mydev_fops = {
    .open = mydev_open,
    .read = mydev_read,
    .write = mydev_write,
    .ioctl = mydev_ioctl,
    .release = mydev_release,
};

static void mydev_irq_handler(int irq, void *cookie)
{
    struct mydev_priv *p = cookie;
    (void)irq;
    p->irq_count++;
    spin_lock(&p->lock);
    if (p->mode == 1 && (p->head + 1) % BUF_SZ != p->tail) {
        p->buf[p->head] = 'i';
        p->head = (p->head + 1) % BUF_SZ;
    }
    spin_unlock(&p->lock);
}

static void *irq_thread(void *arg)
{
    int i, n = nd(4) + 1;
    for (i = 0; i < n; i++)
        mydev_irq_handler(7, arg);
    return NULL;
}

static void *user_thread(void *arg)
{
    struct file f;
    char tmp[8];
    int i;
    (void)arg;
    memset(&f, 0, sizeof f);
    if (g_fops->open(&f))
        return NULL;
    for (i = 0; i < 3; i++) {
        switch (nd(3)) {
        case 0: g_fops->read(&f, tmp, sizeof tmp); break;
        case 1: g_fops->write(&f, "abc", 3); break;
        default: g_fops->ioctl(&f, (unsigned)(nd(3) + 1), nd(2)); break;
        }
    }
    g_fops->release(&f);
    return NULL;
}

static int mydev_init(void)
{
    g_dev = calloc(1, sizeof *g_dev);
    if (!g_dev)
        return -12;
    spin_lock_init(&g_dev->lock);
    g_fops = &mydev_fops;
    return 0;
}

static void mydev_exit(void)
{
    pthread_mutex_destroy(&g_dev->lock);
    free(g_dev);
    g_dev = NULL;
}

int main(void)
{
    pthread_t u1, u2, irq;
    if (mydev_init())
        return 1;
    pthread_create(&u1, NULL, user_thread, NULL);
    pthread_create(&u2, NULL, user_thread, NULL);
    pthread_create(&irq, NULL, irq_thread, g_dev);
    pthread_join(u1, NULL);
    pthread_join(u2, NULL);
    pthread_join(irq, NULL);
    printf("stats %d\n", g_dev->irq_count);
    mydev_exit();
    return 0;
}
