// A compare-and-swap spin lock takes the lock only if the loop sets its expected value back
// to 0 after a failed try (a failed CAS stores the value it found there): without that, the
// next try compares with the held lock's value and "takes" it too. _Generic's controlling
// expression is not evaluated. A lock released by a relaxed clear orders nothing: the next
// holder's section does not come after the last one's.
#include <pthread.h>
#include <stdatomic.h>

atomic_int good_lock, bad_lock;
atomic_flag relaxed_flag = ATOMIC_FLAG_INIT;
int guarded, unguarded, generic_only, relaxed_guarded;

static void *worker(void *arg)
{
    (void)arg;
    int expected = 0;
    while (!atomic_compare_exchange_weak(&good_lock, &expected, 1))
        expected = 0;
    guarded++; // NORACE
    atomic_store(&good_lock, 0);
    int stale = 0;
    while (!atomic_compare_exchange_weak(&bad_lock, &stale, 1))
        ;
    unguarded++; // RACE (possible): the second thread's retry compares with 1 and succeeds
    atomic_store(&bad_lock, 0);
    while (atomic_flag_test_and_set(&relaxed_flag))
        ;
    relaxed_guarded++; // RACE (possible): released with memory_order_relaxed
    atomic_flag_clear_explicit(&relaxed_flag, memory_order_relaxed);
    return (void *)(long)_Generic(generic_only++, int: 1, default: 2); // NORACE: not evaluated
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    generic_only = 3;
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
