/* racy: a spinlock whose CAS acquire and release-store both use
   memory_order_relaxed: no synchronizes-with, so the protected plain `data`
   accesses are not ordered by happens-before (C11 data race). */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int lk;
static int data;
static void lock_(void) {
    int e;
    do { e = 0; } while (!atomic_compare_exchange_weak_explicit(&lk, &e, 1, memory_order_relaxed, memory_order_relaxed));
}
static void unlock_(void) { atomic_store_explicit(&lk, 0, memory_order_relaxed); }
static void *t(void *x) { (void)x; lock_(); data++; unlock_(); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return data;
}
