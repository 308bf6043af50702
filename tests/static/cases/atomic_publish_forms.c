// A local's address published by an atomic operation in any of its forms: atomic_init, the
// generic __atomic_store and __atomic_exchange given a pointer to the value (an element's
// address too), an address stored as an integer. The thread
// that loads it writes the local while its owner does.
#include <pthread.h>
#include <stdatomic.h>

static int *_Atomic ga;
static int *gb, *gc;
static _Atomic unsigned long gu;

static void *user(void *arg)
{
    int *p;
    (void)arg;
    while (!(p = atomic_load(&ga)))
        ;
    (*p)++; // RACE (possible)
    while (!(p = __atomic_load_n(&gb, __ATOMIC_ACQUIRE)))
        ;
    (*p)++; // RACE (possible)
    while (!(p = __atomic_load_n(&gc, __ATOMIC_ACQUIRE)))
        ;
    (*p)++; // RACE (possible)
    unsigned long a;
    while (!(a = atomic_load(&gu)))
        ;
    (*(int *)a)++; // RACE (possible)
    return NULL;
}

int main(void)
{
    pthread_t t;
    int u = 0, v = 0, w[2] = {0, 0}, x = 0, *lv = &v, *lw = &w[1], *old;
    pthread_create(&t, NULL, user, NULL);
    atomic_init(&ga, &u);
    u = 5; // RACE (possible)
    __atomic_store(&gb, &lv, __ATOMIC_RELEASE);
    v = 5; // RACE (possible)
    __atomic_exchange(&gc, &lw, &old, __ATOMIC_ACQ_REL);
    w[1] = 5; // RACE (possible)
    atomic_store(&gu, (unsigned long)&x);
    x = 5; // RACE (possible)
    pthread_join(t, NULL);
    return u + v + w[1] + x;
}
