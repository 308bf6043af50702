// racy: the do-while body runs before the exchange takes the lock: spins++ is unprotected.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x, spins;
static void *worker(void *a)
{
    (void)a;
    do {
        spins++;
    } while (atomic_exchange(&l, 1));
    x++;
    atomic_store(&l, 0);
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x + spins;
}
