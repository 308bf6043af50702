/* Race-free: C11 seqlock; the single writer bumps seq (odd = writing) and stores the
   payload with relaxed atomics between release fences; readers load seq (acquire), the
   payload (relaxed atomics), fence acquire, and retry if seq changed. No plain access. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint seq;
static atomic_int px, py;        /* invariant: py == 2*px */

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 20000; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        atomic_store_explicit(&px, i, memory_order_relaxed);
        atomic_store_explicit(&py, 2 * i, memory_order_relaxed);
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
            x = atomic_load_explicit(&px, memory_order_relaxed);
            y = atomic_load_explicit(&py, memory_order_relaxed);
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
