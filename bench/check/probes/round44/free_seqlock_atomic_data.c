/* TRUTH: free — seqlock where the protected fields are themselves relaxed atomics, so no plain access ever races */
#include <pthread.h>
#include <stdatomic.h>
static atomic_uint seq;
static atomic_int pos_x, pos_y;
static void *writer(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        atomic_store_explicit(&pos_x, i, memory_order_relaxed);
        atomic_store_explicit(&pos_y, -i, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 2, memory_order_release);
    }
    return NULL;
}
static void *reader(void *a) {
    long *sum = a;
    for (int i = 0; i < 100; i++) {
        unsigned s0, s1;
        int x, y;
        do {
            s0 = atomic_load_explicit(&seq, memory_order_acquire);
            x = atomic_load_explicit(&pos_x, memory_order_relaxed);
            y = atomic_load_explicit(&pos_y, memory_order_relaxed);
            atomic_thread_fence(memory_order_acquire);
            s1 = atomic_load_explicit(&seq, memory_order_relaxed);
        } while ((s0 & 1) || s0 != s1);
        *sum += x + y;
    }
    return NULL;
}
int main(void) {
    long sum = 0;
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, &sum);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return (int)sum;
}
