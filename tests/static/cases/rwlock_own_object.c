// ARGS: --type-matches
// An rwlock in the object a pointer reaches: readers under d->cfg_lock taken for reading,
// the writer under it taken for writing, all through pointers loaded from a field. A write
// made under the read side races with the other read-side write.
#include <pthread.h>

struct cfg {
    int baud;
    int parity;
};
struct dev {
    pthread_rwlock_t cfg_lock;
    struct cfg cfg;
    int reads;
};
struct file {
    struct dev *priv;
};
static struct dev d0 = {PTHREAD_RWLOCK_INITIALIZER, {9600, 0}, 0};

static int read_baud(struct file *f)
{
    struct dev *d = f->priv;
    pthread_rwlock_rdlock(&d->cfg_lock);
    int b = d->cfg.baud; // NORACE
    d->reads++; // RACE (possible): a write under the read side
    pthread_rwlock_unlock(&d->cfg_lock);
    return b;
}

static void set_baud(struct file *f, int b)
{
    struct dev *d = f->priv;
    pthread_rwlock_wrlock(&d->cfg_lock);
    d->cfg.baud = b; // NORACE
    d->cfg.parity = b & 1; // NORACE
    pthread_rwlock_unlock(&d->cfg_lock);
}

static void *reader(void *arg)
{
    struct file f = {&d0};
    (void)arg;
    return (void *)(long)read_baud(&f);
}

static void *writer(void *arg)
{
    struct file f = {&d0};
    (void)arg;
    set_baud(&f, 19200);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_create(&c, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
