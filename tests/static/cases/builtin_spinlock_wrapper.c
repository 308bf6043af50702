// A spinlock built on GCC's __atomic_test_and_set / __atomic_clear (acquire / release), taken
// through wrappers on a member of the object (spin_lock(&d->lock)) by a handler that finds
// its object through a void * cookie: the object's own lock for what it guards. Before, the
// builtins (calls, not atomic expressions) were no lock, and a wrapper's lock of a member of
// its parameter's object ended with the wrapper.
#include <pthread.h>

typedef struct {
    unsigned char v;
} spinlock_t;

static void spin_lock(spinlock_t *l)
{
    while (__atomic_test_and_set(&l->v, __ATOMIC_ACQUIRE))
        ;
}

static void spin_unlock(spinlock_t *l)
{
    __atomic_clear(&l->v, __ATOMIC_RELEASE);
}

struct dev {
    spinlock_t lock;
    int pending;
    int flushed;
    int unguarded;
};

static void handler(int irq, void *cookie)
{
    struct dev *d = cookie;
    spin_lock(&d->lock);
    d->flushed += d->pending; // NORACE
    d->pending = irq; // NORACE
    spin_unlock(&d->lock);
    d->unguarded++; // RACE
}

static void submit(struct dev *d, int n)
{
    spin_lock(&d->lock);
    d->pending += n; // NORACE
    spin_unlock(&d->lock);
}

static void *irq_thread(void *arg)
{
    for (int i = 0; i < 4; i++)
        handler(i, arg);
    return NULL;
}

static void *user_thread(void *arg)
{
    struct dev *d = arg;
    submit(d, 3);
    d->unguarded--; // RACE
    return NULL;
}

int main(void)
{
    static struct dev d;
    pthread_t a, b;
    pthread_create(&a, NULL, irq_thread, &d);
    pthread_create(&b, NULL, user_thread, &d);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
