// A thread's element pointer moved past its element (q = arg; q++) reaches its neighbour's;
// a lock built from atomics freed by a thread that does not hold it (atomic_store(&l, 0) from
// main while a worker is inside) protects nothing.
#include <pthread.h>
#include <stdatomic.h>

int a[3];
atomic_int lk;
int items;

static void *stepper(void *arg)
{
    int *q = arg;
    *q = 1;
    q++;
    *q = 2; // RACE (possible): the next thread's element
    return NULL;
}

static void *locker(void *arg)
{
    (void)arg;
    while (atomic_exchange(&lk, 1))
        ;
    items++; // RACE (possible): main frees the lock while a worker may be inside
    atomic_store(&lk, 0);
    return NULL;
}

int main(void)
{
    pthread_t t[2], u[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, stepper, &a[i]);
    for (int i = 0; i < 2; i++)
        pthread_create(&u[i], NULL, locker, NULL);
    atomic_store(&lk, 0);
    for (int i = 0; i < 2; i++) {
        pthread_join(t[i], NULL);
        pthread_join(u[i], NULL);
    }
    return items;
}
