/* TRUTH: race-free. Seqlock with a single writer: sequence counter bumped with release/acquire-fence discipline, and the protected fields themselves are relaxed atomics, so the reader's speculative reads are atomic (no data race); retries discard torn snapshots. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint seq;
static atomic_int pos_x, pos_y;

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 100; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        atomic_store_explicit(&pos_x, i, memory_order_relaxed);
        atomic_store_explicit(&pos_y, -i, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 2, memory_order_release);
    }
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    int x, y;
    unsigned s0, s1;
    do {
        s0 = atomic_load_explicit(&seq, memory_order_acquire);
        x = atomic_load_explicit(&pos_x, memory_order_relaxed);
        y = atomic_load_explicit(&pos_y, memory_order_relaxed);
        atomic_thread_fence(memory_order_acquire);
        s1 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s0 & 1) || s0 != s1);
    printf("%d %d\n", x, y);
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
