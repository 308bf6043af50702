/* free: a lock acquired with a compare_exchange_weak loop (0 -> 1, acquire) and
   released with a release store protects `balance`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int owner;
static int balance = 1000;

static void acquire(void) {
    int expected = 0;
    while (!atomic_compare_exchange_weak_explicit(&owner, &expected, 1,
                                                  memory_order_acquire,
                                                  memory_order_relaxed))
        expected = 0;
}
static void release(void) { atomic_store_explicit(&owner, 0, memory_order_release); }

static void *withdraw(void *arg) {
    int amt = *(int *)arg;
    acquire();
    if (balance >= amt)
        balance -= amt;
    release();
    return NULL;
}

int main(void) {
    int a1 = 300, a2 = 800;
    pthread_t t1, t2;
    pthread_create(&t1, NULL, withdraw, &a1);
    pthread_create(&t2, NULL, withdraw, &a2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", balance);
    return 0;
}
