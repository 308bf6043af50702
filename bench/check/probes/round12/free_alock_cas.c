// free: twin of racy_alock_cas_expect_one with expected starting at 0.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x;
static void *worker(void *a)
{
    (void)a;
    int e = 0;
    while (!atomic_compare_exchange_strong(&l, &e, 1))
        e = 0;
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
    return x;
}
