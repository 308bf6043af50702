/* TRUTH: racy. A seqlock whose protected fields px/py are PLAIN ints: the reader's loads of px/py can overlap the writer's stores to them (the retry only discards the torn value afterwards); in C11 these conflicting non-atomic accesses are a data race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint seq;
static int px, py;

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 1000; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        px = i;
        py = -i;
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
        rx = px;
        ry = py;
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
