/* TRUTH: race-free. A spin lock released by its holder with an exchange of 0 (release order); main holds it around starting the worker and writing shared; the worker holds it around its update. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int L;
static int shared;

static void lock_it(void)
{
    int expected;
    do {
        expected = 0;
    } while (!atomic_compare_exchange_weak_explicit(&L, &expected, 1, memory_order_acquire, memory_order_relaxed));
}

static void unlock_it(void)
{
    (void)atomic_exchange_explicit(&L, 0, memory_order_release);
}

static void *worker(void *arg)
{
    (void)arg;
    lock_it();
    shared += 2;
    unlock_it();
    return NULL;
}

int main(void)
{
    pthread_t t;
    lock_it();
    pthread_create(&t, NULL, worker, NULL);
    shared = 5;
    unlock_it();
    pthread_join(t, NULL);
    printf("%d\n", shared);
    return 0;
}
