/* TRUTH: race-free. A test-and-set spin lock (acquire exchange, release store of 0). main takes it, starts the worker, writes shared, releases; the worker takes it before touching shared. Every access to shared is inside the lock. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int L;
static int shared;

static void spin_lock(atomic_int *l)
{
    while (atomic_exchange_explicit(l, 1, memory_order_acquire))
        ;
}

static void spin_unlock(atomic_int *l)
{
    atomic_store_explicit(l, 0, memory_order_release);
}

static void *worker(void *arg)
{
    (void)arg;
    spin_lock(&L);
    shared++;
    spin_unlock(&L);
    return NULL;
}

int main(void)
{
    pthread_t t;
    spin_lock(&L);
    pthread_create(&t, NULL, worker, NULL);
    shared = 10;
    spin_unlock(&L);
    pthread_join(t, NULL);
    printf("%d\n", shared);
    return 0;
}
