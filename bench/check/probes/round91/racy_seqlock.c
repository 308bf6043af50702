/* racy: classic seqlock with PLAIN data fields: the reader's speculative reads of
   x/y run concurrently with the writer's stores (retry does not make it race-free). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint seq;
static int x, y;

static void *writer(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        x = i;
        y = -i;
        atomic_store_explicit(&seq, s + 2, memory_order_release);
    }
    return NULL;
}

static void *reader(void *arg) {
    (void)arg;
    unsigned s1, s2;
    int a, b;
    do {
        s1 = atomic_load_explicit(&seq, memory_order_acquire);
        a = x;
        b = y;
        atomic_thread_fence(memory_order_acquire);
        s2 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s1 & 1) || s1 != s2);
    printf("%d %d\n", a, b);
    return NULL;
}

int main(void) {
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
