// Fence-fence synchronization (C11 7.17.4): a release fence before a relaxed store of a flag
// and an acquire fence after a relaxed load that saw it order what came before the release
// fence before what comes after the acquire fence. A fence on one side only, or in the wrong
// place, orders nothing.
#include <pthread.h>
#include <stdatomic.h>

static atomic_int f_ok, f_nofence, f_noacq, f_after, f_between, f_loop;
static volatile int mode;
static int d_ok, d_nofence, d_noacq, d_after, d_between, d_loop;

static void *producer(void *a)
{
    (void)a;
    d_ok = 1; // NORACE: before the release fence
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&f_ok, 1, memory_order_relaxed);
    return 0;
}

static void *producer4(void *a)
{
    (void)a;
    d_nofence = 1; // RACE (possible): no release fence before the relaxed store
    atomic_store_explicit(&f_nofence, 1, memory_order_relaxed);
    return 0;
}

static void *producer2(void *a)
{
    (void)a;
    d_noacq = 1; // RACE (possible): the waiter has no acquire fence
    d_after = 1; // RACE (possible): the release fence comes after the store
    atomic_store_explicit(&f_after, 1, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&f_noacq, 1, memory_order_relaxed);
    return 0;
}

static void *producer3(void *a)
{
    (void)a;
    atomic_thread_fence(memory_order_release);
    d_between = 1; // RACE (possible): between the fence and the store
    atomic_store_explicit(&f_between, 1, memory_order_relaxed);
    return 0;
}

static void *producer5(void *a)
{
    (void)a;
    d_loop = 1; // RACE (possible): the fence is in a loop that may not run
    for (int i = 0; i < mode; i++)
        atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&f_loop, 1, memory_order_relaxed);
    return 0;
}

static void *waiter(void *a)
{
    (void)a;
    while (!atomic_load_explicit(&f_ok, memory_order_relaxed))
        ;
    while (!atomic_load_explicit(&f_nofence, memory_order_relaxed))
        ;
    while (!atomic_load_explicit(&f_after, memory_order_relaxed))
        ;
    while (!atomic_load_explicit(&f_between, memory_order_relaxed))
        ;
    while (!atomic_load_explicit(&f_loop, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    int v = d_ok + d_nofence + d_after + d_between + d_loop;
    while (!atomic_load_explicit(&f_noacq, memory_order_relaxed))
        ;
    return (void *)(long)(v + d_noacq);
}

int main(void)
{
    pthread_t t[6];
    pthread_create(&t[0], 0, producer, 0);
    pthread_create(&t[1], 0, producer2, 0);
    pthread_create(&t[2], 0, producer3, 0);
    pthread_create(&t[3], 0, waiter, 0);
    pthread_create(&t[4], 0, producer4, 0);
    pthread_create(&t[5], 0, producer5, 0);
    for (int i = 0; i < 6; i++)
        pthread_join(t[i], 0);
    return 0;
}
