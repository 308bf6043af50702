// Locks built from atomics: a test-and-set or compare-and-swap loop that ends only once it took
// the lock, and a release store of 0, guard what they enclose like a mutex. A relaxed exchange
// orders nothing, and an access outside the lock still races.
#include <pthread.h>
#include <stdatomic.h>

atomic_int xchg_lock;
int sync_lock;
atomic_flag flag_lock = ATOMIC_FLAG_INIT;
int gcc_lock;
atomic_int cas_lock;
int bool_cas_lock;
atomic_int relaxed_lock;
int a, b, c, d, e, f, g, outside;

static void *worker(void *arg)
{
    (void)arg;
    while (atomic_exchange(&xchg_lock, 1))
        ;
    a++; // NORACE: under xchg_lock
    atomic_store(&xchg_lock, 0);

    while (__sync_lock_test_and_set(&sync_lock, 1))
        ;
    b++; // NORACE: under sync_lock
    __sync_lock_release(&sync_lock);

    while (atomic_flag_test_and_set(&flag_lock))
        ;
    c++; // NORACE: under flag_lock
    atomic_flag_clear(&flag_lock);

    do {
    } while (__atomic_exchange_n(&gcc_lock, 1, __ATOMIC_ACQUIRE));
    d++; // NORACE: under gcc_lock
    __atomic_store_n(&gcc_lock, 0, __ATOMIC_RELEASE);

    int zero = 0;
    while (!atomic_compare_exchange_weak(&cas_lock, &zero, 1))
        zero = 0;
    e++; // NORACE: under cas_lock
    atomic_store(&cas_lock, 0);

    if (__sync_bool_compare_and_swap(&bool_cas_lock, 0, 1)) {
        f++; // NORACE: taken in this branch only
        __sync_lock_release(&bool_cas_lock);
    }

    while (atomic_exchange_explicit(&relaxed_lock, 1, memory_order_relaxed))
        ;
    g++; // RACE (possible): a relaxed exchange is no lock
    atomic_store_explicit(&relaxed_lock, 0, memory_order_relaxed);

    outside++; // RACE (possible): no lock at all
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a + b + c + d + e + f + g + outside; // NORACE: after the joins
}
