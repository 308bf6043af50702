// A compare-and-swap spin lock takes the lock only if the loop sets its expected value back
// to 0 after a failed try (a failed CAS stores the value it found there): without that, the
// next try compares with the held lock's value and "takes" it too. _Generic's controlling
// expression is not evaluated.
#include <pthread.h>
#include <stdatomic.h>

atomic_int good_lock, bad_lock;
int guarded, unguarded, generic_only;

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
