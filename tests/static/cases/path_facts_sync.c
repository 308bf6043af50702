// A thread's path facts on a global (the value its last test saw) do not survive a point where
// it may see another thread's store: a join, a fence, a flag seen (round 14's racy_gf_fence.c
// once fences order; a join was missed before).
#include <pthread.h>
#include <stdatomic.h>

static int mode, x, g, y;
static atomic_int ack, go;

static void *setter(void *a)
{
    (void)a;
    mode = 1; // NORACE: before main's join
    return 0;
}

static void *writer(void *a)
{
    (void)a;
    x = 5; // RACE (possible): main writes x after joining setter only
    return 0;
}

static void *w(void *a)
{
    (void)a;
    if (g == 0) { // NORACE: before the hand-off of ack
        atomic_thread_fence(memory_order_release);
        atomic_store_explicit(&ack, 1, memory_order_relaxed);
        while (!atomic_load_explicit(&go, memory_order_relaxed))
            ;
        atomic_thread_fence(memory_order_acquire);
        if (g == 1) // NORACE: after the hand-off of go
            y = 1; // RACE (possible): main writes y after its store of go
    }
    return 0;
}

int main(void)
{
    pthread_t tu, tw, tg;
    pthread_create(&tu, 0, writer, 0);
    if (mode == 0) {
        pthread_create(&tw, 0, setter, 0);
        pthread_join(tw, 0);
        if (mode == 1)
            x = 1; // RACE (possible)
    }
    pthread_join(tu, 0);
    pthread_create(&tg, 0, w, 0);
    while (!atomic_load_explicit(&ack, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    g = 1;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&go, 1, memory_order_relaxed);
    y = 2;
    pthread_join(tg, 0);
    return x + y;
}
