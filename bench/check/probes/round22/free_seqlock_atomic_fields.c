/* TRUTH: race-free. A seqlock whose protected fields are themselves atomics (accessed relaxed, with fences): every shared location (seq, x, y) is atomic, so there is no data race in C11 terms even while the reader's copy is torn and retried. Single writer. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint seq;
static atomic_int x, y;

static void *writer(void *arg)
{
    (void)arg;
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

static void *reader(void *arg)
{
    unsigned s1, s2;
    int rx, ry;
    (void)arg;
    do {
        s1 = atomic_load_explicit(&seq, memory_order_acquire);
        rx = atomic_load_explicit(&x, memory_order_relaxed);
        ry = atomic_load_explicit(&y, memory_order_relaxed);
        atomic_thread_fence(memory_order_acquire);
        s2 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s1 & 1) || s1 != s2);
    printf("%d %d\n", rx, ry);
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
