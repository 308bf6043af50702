// A lock built from an atomic exchange is freed by any store of 0 to its word: a plain l = 0
// on the _Atomic word (the holder's release, after which y++ is unprotected), an
// atomic_exchange(&m, 0) or fetch_and from a thread that does not hold it.
#include <pthread.h>
#include <stdatomic.h>

static atomic_int l, m, n, k;
static int y, x, z, safe;

static void *w(void *a)
{
    (void)a;
    while (atomic_exchange(&l, 1))
        ;
    l = 0;
    y++; // RACE (possible): released by l = 0
    while (atomic_exchange(&m, 1))
        ;
    x++; // RACE (possible): the breaker frees m while a worker is inside
    atomic_store(&m, 0);
    while (atomic_exchange(&n, 1))
        ;
    z++; // RACE (possible): fetch_and frees n
    atomic_store(&n, 0);
    int e = 0;
    while (!atomic_compare_exchange_weak(&k, &e, 1))
        e = 0;
    safe++; // NORACE: taken by a CAS from 0
    atomic_store(&k, 0);
    return NULL;
}

static void *breaker(void *a)
{
    (void)a;
    atomic_exchange(&m, 0);
    atomic_fetch_and(&n, 0);
    return NULL;
}

int main(void)
{
    pthread_t p, q, b;
    pthread_create(&p, NULL, w, NULL);
    pthread_create(&b, NULL, breaker, NULL);
    pthread_create(&q, NULL, w, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    pthread_join(b, NULL);
    return x + y + z + safe;
}
