// A CAS lock's expected value must be 0 on every try: starting it at 1 takes the "lock" exactly
// when another thread holds it.
#include <pthread.h>
#include <stdatomic.h>

static atomic_int l;
static int x;

static void *w(void *a)
{
    (void)a;
    int e = 1;
    while (!atomic_compare_exchange_strong(&l, &e, 1))
        e = 0;
    x++; // RACE (possible): the first try succeeds when the word is 1
    atomic_store(&l, 0);
    return NULL;
}

int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, w, NULL);
    pthread_create(&q, NULL, w, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
