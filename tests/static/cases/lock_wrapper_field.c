// A lock wrapper given the field of what the thread's argument points at
// (acquire(&a->lock), a = &acct): the lock is that object's field, acct.lock, for every
// thread given &acct; threads given two objects hold two locks.
#include <pthread.h>

struct account {
    int lock;
    long cents;
};

static struct account acct = {0, 1000}, one = {0, 0}, two = {0, 0};
static long total;

static void acquire(int *l)
{
    while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE))
        while (__atomic_load_n(l, __ATOMIC_RELAXED))
            ;
}

static void release(int *l) { __atomic_store_n(l, 0, __ATOMIC_RELEASE); }

static void *deposit(void *arg)
{
    struct account *a = arg;
    acquire(&a->lock);
    a->cents += 5; // NORACE: acct.lock held by both
    release(&a->lock);
    return NULL;
}

static void *tally(void *arg)
{
    struct account *a = arg;
    acquire(&a->lock);
    a->cents++;
    total++; // RACE: one.lock and two.lock are two locks
    release(&a->lock);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2, t3, t4;
    pthread_create(&t1, NULL, deposit, &acct);
    pthread_create(&t2, NULL, deposit, &acct);
    pthread_create(&t3, NULL, tally, &one);
    pthread_create(&t4, NULL, tally, &two);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    pthread_join(t4, NULL);
    return (int)(acct.cents + total);
}
