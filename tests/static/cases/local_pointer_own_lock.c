// A local pointer that keeps its one value (p = f->priv, never assigned again) reaches the
// same object for its lock and its accesses: p->n under p->lock holds the lock of the object
// it writes, whatever object that is; so does a parameter (the irq handler's cookie), a lock
// wrapper given &p->lock, and a global pointer (g_dev->n under g_dev->lock). Before, the
// pointer loaded from a field was memory by type, and so was its lock: never proved.
#include <pthread.h>
#include <stdlib.h>

struct dev {
    pthread_mutex_t lock;
    int n;
    char buf[8];
    int head;
};
struct file {
    struct dev *priv;
    int flags;
};

static struct dev *g_dev;

static void spin_lock(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void spin_unlock(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void dev_write(struct file *f, char c)
{
    struct dev *p = f->priv;
    pthread_mutex_lock(&p->lock);
    p->n++; // NORACE
    p->buf[p->head] = c; // NORACE
    p->head = (p->head + 1) % 8; // NORACE
    pthread_mutex_unlock(&p->lock);
}

static int dev_read(struct file *f)
{
    struct dev *p = f->priv;
    int v;
    spin_lock(&p->lock);
    v = p->buf[p->head] + p->n; // NORACE
    spin_unlock(&p->lock);
    return v;
}

static void irq_handler(void *cookie)
{
    struct dev *d = cookie;
    spin_lock(&d->lock);
    d->n += 2; // NORACE
    spin_unlock(&d->lock);
}

static void *user(void *arg)
{
    struct file f;
    (void)arg;
    f.priv = g_dev;
    f.flags = 0;
    dev_write(&f, 'a');
    dev_read(&f);
    return NULL;
}

static void *irq(void *arg)
{
    irq_handler(arg);
    pthread_mutex_lock(&g_dev->lock);
    g_dev->head = 0; // NORACE
    pthread_mutex_unlock(&g_dev->lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    g_dev = calloc(1, sizeof *g_dev);
    if (!g_dev)
        return 1;
    pthread_mutex_init(&g_dev->lock, NULL);
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_create(&c, NULL, irq, g_dev);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    free(g_dev);
    return 0;
}
