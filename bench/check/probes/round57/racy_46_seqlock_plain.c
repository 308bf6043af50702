/* TRUTH: racy — classic seqlock with plain int x,y: the reader's speculative plain reads of x/y can overlap the writer's plain writes (the retry discards the value, but the C11 data race still occurs). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_uint seq;
static int x, y;
static void *writer(void *u) {
    (void)u;
    for (int i = 1; i <= 1000; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        x = i;
        y = -i;
        atomic_store_explicit(&seq, s + 2, memory_order_release);
    }
    return NULL;
}
static void *reader(void *out) {
    int a, b;
    unsigned s1, s2;
    do {
        s1 = atomic_load_explicit(&seq, memory_order_acquire);
        a = x;
        b = y;
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
