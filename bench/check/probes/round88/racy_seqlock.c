/* Racy: textbook seqlock with a PLAIN payload: the reader's plain loads of px/py overlap
   the writer's plain stores (the retry discards torn values, but it is still a C11 data race). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint seq;
static int px, py;               /* BUG: payload not atomic */

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 20000; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        px = i;
        py = 2 * i;
        atomic_store_explicit(&seq, s + 2, memory_order_release);
    }
    return NULL;
}

static void *reader(void *arg)
{
    int bad = 0;
    (void)arg;
    for (int r = 0; r < 2000; r++) {
        unsigned s1, s2;
        int x, y;
        do {
            s1 = atomic_load_explicit(&seq, memory_order_acquire);
            x = px;
            y = py;
            atomic_thread_fence(memory_order_acquire);
            s2 = atomic_load_explicit(&seq, memory_order_relaxed);
        } while ((s1 & 1) || s1 != s2);
        if (y != 2 * x)
            bad++;
    }
    return (void *)(long)bad;
}

int main(void)
{
    pthread_t w, r[2];
    void *ret;
    long bad = 0;
    for (int i = 0; i < 2; i++)
        pthread_create(&r[i], NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    for (int i = 0; i < 2; i++) {
        pthread_join(r[i], &ret);
        bad += (long)ret;
    }
    printf("torn=%ld\n", bad);
    return 0;
}
