// A test-and-set lock released through a pointer to its word (*w = 0, a seq_cst store to an
// _Atomic int) is released: what follows is outside the lock (round 22).
#include <pthread.h>
#include <stdatomic.h>

static atomic_int word;
static int inside, after;

static void lock(void)
{
    while (atomic_exchange_explicit(&word, 1, memory_order_acquire))
        ;
}

static void unlock(void)
{
    atomic_int *w = &word;
    *w = 0;
}

static void *w1(void *a)
{
    (void)a;
    lock();
    inside++; // NORACE: under the lock in both threads
    unlock();
    after = 1; // RACE (possible): after the release
    return 0;
}

static void *w2(void *a)
{
    (void)a;
    lock();
    inside++;
    after = 2;
    unlock();
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, w1, 0);
    pthread_create(&b, 0, w2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return inside + after;
}
