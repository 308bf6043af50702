/* TRUTH: race-free. Each worker locks its own slot's spin lock through a helper (spin_lock(&locks[id])) and updates only its own element count[id]; main reads the counts after joining. */
#include <pthread.h>
#include <stdatomic.h>

#define NT 2

static atomic_int locks[NT];
static long count[NT];

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
    int id = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        spin_lock(&locks[id]);
        count[id]++;
        spin_unlock(&locks[id]);
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
    return (int)(count[0] + count[1]);
}
