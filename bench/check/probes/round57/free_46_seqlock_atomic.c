/* TRUTH: free — seqlock where the protected fields x,y are themselves atomics (relaxed) and seq uses release/acquire + fences; every concurrently accessed location is atomic, so there is no data race (torn snapshots are retried). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_uint seq;
static atomic_int x, y;
static void *writer(void *u) {
    (void)u;
    for (int i = 1; i <= 1000; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        atomic_store_explicit(&x, i, memory_order_relaxed);
        atomic_store_explicit(&y, -i, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 2, memory_order_release);
    }
    return NULL;
}
static void *reader(void *out) {
    int a, b;
    unsigned s1, s2;
    do {
        s1 = atomic_load_explicit(&seq, memory_order_acquire);
        a = atomic_load_explicit(&x, memory_order_relaxed);
        b = atomic_load_explicit(&y, memory_order_relaxed);
        atomic_thread_fence(memory_order_acquire);
        s2 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s1 & 1) || s1 != s2);
    *(int *)out = a + b;
    return NULL;
}
int main(void) {
    int r = 0;
    pthread_t w, rd;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&rd, NULL, reader, &r);
    pthread_join(w, NULL);
    pthread_join(rd, NULL);
    printf("%d\n", r);
    return 0;
}
