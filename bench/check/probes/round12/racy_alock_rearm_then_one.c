// racy: the CAS loop re-arms expected with 0 but then sets it to 1: after the first failure, each retry succeeds only while the lock is held.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x;
static void *worker(void *a)
{
    (void)a;
    int e = 0;
    while (!atomic_compare_exchange_strong(&l, &e, 1)) {
        e = 0;
        e = 1;
    }
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
