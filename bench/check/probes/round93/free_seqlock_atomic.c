// Seqlock whose data fields are relaxed atomics (with seq_cst seq updates):
// every access is atomic, so there is no data race.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_uint seq;
static atomic_int d1, d2;
static void *writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        atomic_fetch_add(&seq, 1);
        atomic_store_explicit(&d1, i, memory_order_relaxed);
        atomic_store_explicit(&d2, -i, memory_order_relaxed);
        atomic_fetch_add(&seq, 1);
    }
    return NULL;
}
static void *reader(void *arg) {
    int a, b; unsigned s0, s1;
    do {
        s0 = atomic_load(&seq);
        a = atomic_load_explicit(&d1, memory_order_relaxed);
        b = atomic_load_explicit(&d2, memory_order_relaxed);
        atomic_thread_fence(memory_order_acquire);
        s1 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s0 & 1) || s0 != s1);
    *(int *)arg = a + b;
    return NULL;
}
int main(void) {
    int r;
    pthread_t w, rd;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&rd, NULL, reader, &r);
    pthread_join(w, NULL); pthread_join(rd, NULL);
    printf("%d\n", r);
    return 0;
}
