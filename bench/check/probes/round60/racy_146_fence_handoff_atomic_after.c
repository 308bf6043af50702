/* TRUTH: racy — like a fence hand-off, but T1's relaxed atomic store to x comes after its flag store; T2 (relaxed wait + acquire fence) then writes x plainly; T1's atomic store is not ordered before T2's plain write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int f;
static void *t1(void *arg) {
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&f, 1, memory_order_relaxed);
    __atomic_store_n(&x, 7, __ATOMIC_RELAXED);
    return arg;
}
static void *t2(void *arg) {
    while (!atomic_load_explicit(&f, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    x = 2;                       /* plain */
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
