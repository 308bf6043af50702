// racy: one thread takes the word with xchg(&l,2)==2, the other with xchg(&l,1)==1: each sees the other's value as "free".
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x;
static void *w1(void *a)
{
    (void)a;
    while (atomic_exchange(&l, 1) == 1)
        ;
    x++;
    atomic_store(&l, 0);
    return NULL;
}
static void *w2(void *a)
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
    pthread_create(&p, NULL, w1, NULL);
    pthread_create(&q, NULL, w2, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
