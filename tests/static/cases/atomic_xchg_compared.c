// A test-and-set lock written as while (xchg(&l, 1) == 1), taken in a helper: held until the
// release store of 0. Its twin compares with a value the word never holds (== 2): the loop
// ends at once, whoever holds the word.
#include <pthread.h>
#include <stdatomic.h>

static atomic_int lockword, wrongword;
static int balance, other;

static void acquire(void)
{
    while (atomic_exchange_explicit(&lockword, 1, memory_order_acquire) == 1)
        ;
}

static void release(void) { atomic_store_explicit(&lockword, 0, memory_order_release); }

static void *teller(void *arg)
{
    (void)arg;
    acquire();
    balance += 1; // NORACE: the exchange took the lock
    release();
    while (atomic_exchange_explicit(&wrongword, 1, memory_order_acquire) == 2)
        ;
    other++; // RACE (possible): nothing was taken
    atomic_store_explicit(&wrongword, 0, memory_order_release);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, teller, NULL);
    pthread_create(&b, NULL, teller, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return balance + other;
}
