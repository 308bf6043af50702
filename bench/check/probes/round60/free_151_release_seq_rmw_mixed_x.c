/* TRUTH: free — T1 writes x with a relaxed __atomic_store_n, then RELEASE-stores c=1; T2 waits (relaxed) for c>=1 then does a RELAXED fetch_add (an RMW, so it continues T1's release sequence); T3 ACQUIRE-waits for c==2 and writes x plainly; T3's load synchronizes with T1's release store, so T1's atomic store happens-before T3's plain write. T2 never touches x. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int c;
static int x;
static void *t1(void *arg) {
    __atomic_store_n(&x, 5, __ATOMIC_RELAXED);
    atomic_store_explicit(&c, 1, memory_order_release);
    return arg;
}
static void *t2(void *arg) {
    while (atomic_load_explicit(&c, memory_order_relaxed) < 1)
        ;
    atomic_fetch_add_explicit(&c, 1, memory_order_relaxed);
    return arg;
}
static void *t3(void *arg) {
    while (atomic_load_explicit(&c, memory_order_acquire) != 2)
        ;
    x = x + 100;                 /* plain */
    return arg;
}
int main(void) {
    pthread_t a, b, d;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_create(&d, NULL, t3, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(d, NULL);
    printf("%d\n", x);
    return 0;
}
