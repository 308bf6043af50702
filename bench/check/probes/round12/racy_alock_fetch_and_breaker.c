// racy: a third thread clears the spin-lock word with atomic_fetch_and(&l, 0) while a worker holds it.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x;
static void *worker(void *a)
{
    (void)a;
    while (atomic_exchange_explicit(&l, 1, memory_order_acquire) == 1)
        ;
    x++;
    atomic_store_explicit(&l, 0, memory_order_release);
    return NULL;
}
static void *breaker(void *a)
{
    (void)a;
    atomic_fetch_and(&l, 0);
    return NULL;
}
int main(void)
{
    pthread_t p, q, b;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&b, NULL, breaker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    pthread_join(b, NULL);
    return x;
}
