/* TRUTH: racy — seqlock whose reader loads d with __atomic_load_n (relaxed) but whose writer stores d with a plain assignment; the plain write and a concurrent atomic read of d are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_uint seq;
static int d;
static int got;
static void *writer(void *arg) {
    for (int i = 0; i < 10000; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        d = i;                                  /* plain */
        atomic_store_explicit(&seq, s + 2, memory_order_release);
    }
    return arg;
}
static void *reader(void *arg) {
    for (int k = 0; k < 10000; k++) {
        unsigned s1, s2;
        int a;
        do {
            s1 = atomic_load_explicit(&seq, memory_order_acquire);
            a = __atomic_load_n(&d, __ATOMIC_RELAXED);
            atomic_thread_fence(memory_order_acquire);
            s2 = atomic_load_explicit(&seq, memory_order_relaxed);
        } while ((s1 & 1) || s1 != s2);
        got += a;
    }
    return arg;
}
int main(void) {
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    printf("%d\n", got);
    return 0;
}
