/* TRUTH: free — spin lock built on atomic_exchange (acquire) / atomic_store (release); both threads modify `balance` only while holding it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int lk;
static int balance;
static inline void spin_lock(atomic_int *l) {
    while (atomic_exchange_explicit(l, 1, memory_order_acquire))
        ;
}
static inline void spin_unlock(atomic_int *l) { atomic_store_explicit(l, 0, memory_order_release); }
static void *teller(void *p) {
    int amt = *(int *)p;
    for (int i = 0; i < 500; i++) {
        spin_lock(&lk);
        balance += amt;
        spin_unlock(&lk);
    }
    return NULL;
}
int main(void) {
    static int plus = 1, minus = -1;
    pthread_t a, b;
    pthread_create(&a, NULL, teller, &plus);
    pthread_create(&b, NULL, teller, &minus);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", balance);
    return 0;
}
