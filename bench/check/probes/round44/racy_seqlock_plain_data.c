/* TRUTH: racy — seqlock whose protected data are plain ints: the reader's speculative reads race with the writer's stores (a C11 data race even though retried) */
#include <pthread.h>
#include <stdatomic.h>
static atomic_uint seq;
static int pos_x, pos_y;
static void *writer(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) {
        atomic_fetch_add_explicit(&seq, 1, memory_order_acq_rel);
        pos_x = i;
        pos_y = -i;
        atomic_fetch_add_explicit(&seq, 1, memory_order_release);
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
            x = pos_x;
            y = pos_y;
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
