/* TRUTH: racy. snapshot() copies the whole struct stats (a non-atomic struct lvalue, copied as plain bytes) while workers do atomic_fetch_add on its _Atomic members: plain read vs atomic write, unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct stats {
    atomic_long ok;
    atomic_long failed;
};

static struct stats g_stats;
static long seen_ok;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        atomic_fetch_add_explicit(&g_stats.ok, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&g_stats.failed, 1, memory_order_relaxed);
    return NULL;
}

static void *monitor(void *arg)
{
    (void)arg;
    struct stats snap = g_stats; /* bug: plain copy of atomics */
    seen_ok = atomic_load(&snap.ok);
    return NULL;
}

int main(void)
{
    pthread_t w, m;
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&m, NULL, monitor, NULL);
    pthread_join(w, NULL);
    pthread_join(m, NULL);
    printf("%ld\n", seen_ok);
    return 0;
}
