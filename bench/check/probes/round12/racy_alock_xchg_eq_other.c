// racy: the word is set to 2 by a third thread's exchange; the loop `xchg(&l,1) == 1` then ends while that thread "holds" it and does not protect against it.
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
static void *other(void *a)
{
    (void)a;
    while (atomic_exchange(&l, 2) == 2)
        ;
    x++;
    atomic_store(&l, 0);
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, other, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
