/* TRUTH: free — C11 spin lock: do{e=0;}while(!atomic_compare_exchange_weak_explicit(&L,&e,1,acquire,relaxed)); unlock is a release store; total is updated atomically (__atomic_fetch_add) by T1 and plainly by T2, both only inside the lock, so ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int L;
static long total;
static void lk(void) {
    int e;
    do {
        e = 0;
    } while (!atomic_compare_exchange_weak_explicit(&L, &e, 1, memory_order_acquire,
                                                    memory_order_relaxed));
}
static void ulk(void) { atomic_store_explicit(&L, 0, memory_order_release); }
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) { lk(); __atomic_fetch_add(&total, 1, __ATOMIC_RELAXED); ulk(); }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) { lk(); total += 2; ulk(); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
