/* TRUTH: free — T1 writes x plainly, RELEASE-stores a; T2 ACQUIRE-waits a, does a relaxed __atomic_fetch_add on x, RELEASE-stores b; T3 ACQUIRE-waits b then reads x plainly. Happens-before is transitive through both hand-offs, so plain(T1) -> atomic(T2) -> plain(T3). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int a, b;
static int out;
static void *t1(void *arg) {
    x = 1;
    atomic_store_explicit(&a, 1, memory_order_release);
    return arg;
}
static void *t2(void *arg) {
    while (!atomic_load_explicit(&a, memory_order_acquire))
        ;
    __atomic_fetch_add(&x, 10, __ATOMIC_RELAXED);
    atomic_store_explicit(&b, 1, memory_order_release);
    return arg;
}
static void *t3(void *arg) {
    while (!atomic_load_explicit(&b, memory_order_acquire))
        ;
    out = x;
    return arg;
}
int main(void) {
    pthread_t p, q, r;
    pthread_create(&r, NULL, t3, NULL);
    pthread_create(&q, NULL, t2, NULL);
    pthread_create(&p, NULL, t1, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    pthread_join(r, NULL);
    printf("%d\n", out);
    return 0;
}
