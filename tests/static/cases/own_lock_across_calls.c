// ARGS: --type-matches
// The lock of the object a pointer reaches holds across calls: a helper called with d->lock
// held accesses its parameter's object under that lock (account(d)), and a function that
// takes its parameter's lock (lock_dev(d)) leaves the caller holding d->lock. Not when the
// caller holds another object's lock of the same type (q->lock, then account(d)), nor after
// the lock was released.
#include <pthread.h>
#include <stdlib.h>

struct dev {
    pthread_mutex_t lock;
    long bytes;
    long ops;
    long errs;
    long late;
};
struct file {
    struct dev *priv;
    struct dev *peer;
};

static struct dev devs[2];

static void account(struct dev *d, long n)
{
    d->bytes += n; // RACE (possible): other_lock() calls it holding the peer's lock
    d->ops++; // NORACE
}

static void lock_dev(struct dev *d) { pthread_mutex_lock(&d->lock); }
static void unlock_dev(struct dev *d) { pthread_mutex_unlock(&d->lock); }

static void count_ops(struct dev *d) { d->ops++; }

static void writer(struct file *f, long n)
{
    struct dev *d = f->priv;
    pthread_mutex_lock(&d->lock);
    account(d, n);
    pthread_mutex_unlock(&d->lock);
    lock_dev(d);
    d->errs++; // NORACE: lock_dev took d->lock
    count_ops(d);
    unlock_dev(d);
}

static void other_lock(struct file *f)
{
    struct dev *d = f->priv, *q = f->peer;
    pthread_mutex_lock(&q->lock);
    d->bytes--;
    pthread_mutex_unlock(&q->lock);
}

static void after_unlock(struct file *f)
{
    struct dev *d = f->priv;
    lock_dev(d);
    unlock_dev(d);
    d->late++; // RACE (possible)
}

static void *worker(void *arg)
{
    struct file f = {&devs[0], &devs[1]};
    writer(&f, 3);
    if (arg)
        other_lock(&f);
    else
        after_unlock(&f);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_mutex_init(&devs[0].lock, NULL);
    pthread_mutex_init(&devs[1].lock, NULL);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, &a);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
