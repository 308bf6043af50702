/* TRUTH: free — T1: relaxed atomic store to x, release fence, relaxed store f=1; T2: relaxed loads of f until 1, acquire fence, then plain x = x*2. The release fence synchronizes-with the acquire fence (the relaxed load reads the relaxed store sequenced after the release fence), so the atomic store to x happens-before the plain accesses. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int f;
static void *t1(void *arg) {
    __atomic_store_n(&x, 7, __ATOMIC_RELAXED);
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&f, 1, memory_order_relaxed);
    return arg;
}
static void *t2(void *arg) {
    while (!atomic_load_explicit(&f, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    x = x * 2;                   /* plain */
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
