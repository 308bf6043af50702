// racy: the spinlock's acquire and release are relaxed, so the balance updates are not ordered between threads.
#include <pthread.h>
#include <stdio.h>
#include <stdatomic.h>

static atomic_int spin;
static long balance;

static void *deposit(void *arg)
{
    for (int i = 0; i < 1000; i++) {
        while (atomic_exchange_explicit(&spin, 1, memory_order_relaxed))
            ;
        balance += 1;
        atomic_store_explicit(&spin, 0, memory_order_relaxed);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, deposit, NULL);
    pthread_create(&b, NULL, deposit, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
