// A spinlock in the object, taken through a wrapper on &d->lock, whose release is a relaxed
// clear: it orders nothing, so the next holder's accesses race with the last one's even
// though both hold "the lock of the object they are in". With a release clear
// (put_ordered) the same code is race-free.
#include <pthread.h>
#include <stdatomic.h>

struct spin {
    atomic_flag f;
};
struct dev {
    struct spin lock;
    struct spin lock2;
    int tx;
    int rx;
};

static void get(struct spin *l)
{
    while (atomic_flag_test_and_set_explicit(&l->f, memory_order_acquire))
        ;
}
static void put_relaxed(struct spin *l) { atomic_flag_clear_explicit(&l->f, memory_order_relaxed); }
static void put_ordered(struct spin *l) { atomic_flag_clear_explicit(&l->f, memory_order_release); }

static void *worker(void *arg)
{
    struct dev *d = arg;
    get(&d->lock);
    d->tx++; // RACE (possible)
    put_relaxed(&d->lock);
    get(&d->lock2);
    d->rx++; // NORACE
    put_ordered(&d->lock2);
    return NULL;
}

int main(void)
{
    static struct dev d = {ATOMIC_FLAG_INIT, ATOMIC_FLAG_INIT, 0, 0};
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &d);
    pthread_create(&b, NULL, worker, &d);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return d.tx + d.rx;
}
