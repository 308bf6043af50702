/* free: spinlock with acquire CAS and release store protects plain `data`. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int lk;
static int data;
static void lock_(void) {
    int e;
    do { e = 0; } while (!atomic_compare_exchange_weak_explicit(&lk, &e, 1, memory_order_acquire, memory_order_relaxed));
}
static void unlock_(void) { atomic_store_explicit(&lk, 0, memory_order_release); }
static void *t(void *x) { (void)x; lock_(); data++; unlock_(); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return data;
}
