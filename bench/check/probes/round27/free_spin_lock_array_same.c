/* TRUTH: race-free. Every worker takes the same spin lock locks[0] (acquire exchange / release store) around total++. */
#include <pthread.h>
#include <stdatomic.h>

#define NT 2

static atomic_int locks[2];
static long total;

static void spin_lock(atomic_int *l)
{
    while (atomic_exchange_explicit(l, 1, memory_order_acquire))
        ;
}

static void spin_unlock(atomic_int *l)
{
    atomic_store_explicit(l, 0, memory_order_release);
}

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        spin_lock(&locks[0]);
        total++;
        spin_unlock(&locks[0]);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    return (int)total;
}
