/* TRUTH: racy. Same seqlock but the protected fields are plain ints: the reader's speculative reads of pos.x/pos.y run concurrently with the writer's plain writes (a data race even though torn values would be discarded). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint seq;
static struct { int x, y; } pos;

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 100; i++) {
        unsigned s = atomic_load_explicit(&seq, memory_order_relaxed);
        atomic_store_explicit(&seq, s + 1, memory_order_relaxed);
        atomic_thread_fence(memory_order_release);
        pos.x = i;
        pos.y = -i;
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
        x = pos.x;
        y = pos.y;
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
