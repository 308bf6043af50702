// racy: a third thread frees the spin lock with atomic_exchange(&l, 0) while a worker holds it: the other worker enters too.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x;
static void *worker(void *a)
{
    (void)a;
    while (atomic_exchange(&l, 1))
        ;
    x++;
    atomic_store(&l, 0);
    return NULL;
}
static void *breaker(void *a)
{
    (void)a;
    atomic_exchange(&l, 0);
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
