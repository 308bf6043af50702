/* TRUTH: racy — seqlock with plain (non-atomic) data: the reader's plain reads of d1/d2 can run concurrently with the writer's plain writes; the retry discards the value but in C11 the conflicting plain accesses are a data race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_uint seq;
static int d1, d2;
static int got;
static void *writer(void *arg) {
    for (int i = 0; i < 10000; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        d1 = i;
        d2 = -i;
        atomic_store_explicit(&seq, s + 2, memory_order_release);
    }
    return arg;
}
static void *reader(void *arg) {
    for (int k = 0; k < 10000; k++) {
        unsigned s1, s2;
        int a, b;
        do {
            s1 = atomic_load_explicit(&seq, memory_order_acquire);
            a = d1;
            b = d2;
            atomic_thread_fence(memory_order_acquire);
            s2 = atomic_load_explicit(&seq, memory_order_relaxed);
        } while ((s1 & 1) || s1 != s2);
        got += a + b;
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
