/* TRUTH: racy. Each worker takes spin lock locks[id % 2] (threads 0 and 1 take different locks) and then increments the single global 'total': the two critical sections are not mutually exclusive. */
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
    int id = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        spin_lock(&locks[id % 2]);
        total++;
        spin_unlock(&locks[id % 2]);
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
