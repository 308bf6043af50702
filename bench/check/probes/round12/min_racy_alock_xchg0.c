// racy: a third thread clears the held spin lock with atomic_exchange(&l, 0): the second worker enters while the first is inside.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x;
static void *w(void *a)
{
    (void)a;
    while (atomic_exchange(&l, 1))
        ;
    x++;
    atomic_store(&l, 0);
    return NULL;
}
static void *breaker(void *a) { (void)a; atomic_exchange(&l, 0); return NULL; }
int main(void)
{
    pthread_t p, q, b;
    pthread_create(&p, NULL, w, NULL);
    pthread_create(&b, NULL, breaker, NULL);
    pthread_create(&q, NULL, w, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    pthread_join(b, NULL);
    return x;
}
