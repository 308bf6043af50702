// free: twin of racy_alock_xchg_eq_other: every thread takes the word with xchg(&l,1) == 1.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x;
static void *worker(void *a)
{
    (void)a;
    while (atomic_exchange(&l, 1) == 1)
        ;
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
