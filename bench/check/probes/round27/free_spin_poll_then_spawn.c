/* TRUTH: race-free. The loader writes 'limit' and then sets 'ready' inside a TAS spin lock (acquire exchange / release store); main polls 'ready' inside the same spin lock and starts the checker thread only after seeing it set, so the loader's write happens before the checker's read (lock release/acquire, then pthread_create). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag lk = ATOMIC_FLAG_INIT;
static int ready;
static int limit;

static void spin_lock(void)
{
    while (atomic_flag_test_and_set_explicit(&lk, memory_order_acquire))
        ;
}

static void spin_unlock(void)
{
    atomic_flag_clear_explicit(&lk, memory_order_release);
}

static void *loader(void *arg)
{
    (void)arg;
    limit = 100;
    spin_lock();
    ready = 1;
    spin_unlock();
    return NULL;
}

static void *checker(void *arg)
{
    (void)arg;
    printf("%d\n", limit);
    return NULL;
}

int main(void)
{
    pthread_t l, c;
    int seen = 0;
    pthread_create(&l, NULL, loader, NULL);
    while (!seen) {
        spin_lock();
        seen = ready;
        spin_unlock();
    }
    pthread_create(&c, NULL, checker, NULL);
    pthread_join(c, NULL);
    pthread_join(l, NULL);
    return 0;
}
