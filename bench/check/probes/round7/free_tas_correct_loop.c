/* TRUTH: free. test-and-set spin lock (spin while the exchange returns 1) with acquire/release orders guards balance. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int lockword;
static int balance;

static void acquire(void)
{
    while (atomic_exchange_explicit(&lockword, 1, memory_order_acquire) == 1)
        ;
}

static void release(void)
{
    atomic_store_explicit(&lockword, 0, memory_order_release);
}

static void *teller(void *arg)
{
    int amount = *(int *)arg;
    acquire();
    balance += amount;
    release();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int d1 = 10, d2 = -3;
    pthread_create(&a, NULL, teller, &d1);
    pthread_create(&b, NULL, teller, &d2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", balance);
    return 0;
}
