/* TRUTH: free. a seqlock whose data words are themselves relaxed atomics: the reader may see torn snapshots (retried) but there is no data race; stats_reads is reader-private until join. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_uint seq;
static atomic_int pos_x, pos_y;
static int reads_done;

static void *writer(void *p)
{
    (void)p;
    for (int i = 1; i <= 3; i++) {
        atomic_fetch_add_explicit(&seq, 1, memory_order_acq_rel);
        atomic_store_explicit(&pos_x, i, memory_order_relaxed);
        atomic_store_explicit(&pos_y, -i, memory_order_relaxed);
        atomic_fetch_add_explicit(&seq, 1, memory_order_release);
    }
    return NULL;
}

static void *reader(void *p)
{
    (void)p;
    unsigned s0, s1;
    int x, y;
    do {
        s0 = atomic_load_explicit(&seq, memory_order_acquire);
        x = atomic_load_explicit(&pos_x, memory_order_relaxed);
        y = atomic_load_explicit(&pos_y, memory_order_relaxed);
        atomic_thread_fence(memory_order_acquire);
        s1 = atomic_load_explicit(&seq, memory_order_relaxed);
    } while ((s0 & 1) || s0 != s1);
    reads_done = x + y;
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    printf("%d\n", reads_done);
    return 0;
}
