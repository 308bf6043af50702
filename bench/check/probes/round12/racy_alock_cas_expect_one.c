// racy: the CAS's expected starts at 1, so the first try succeeds exactly when the lock is held: two threads inside.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x;
static void *worker(void *a)
{
    (void)a;
    int e = 1;
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
