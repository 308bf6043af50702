/* TRUTH: racy. meddler's atomic_fetch_add(&lk, -1) can run while a worker holds the spin lock (lk 1 -> 0): the other worker's exchange then takes the lock too and both run shared++ at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int lk;
int shared;

static void lock(void)
{
    while (atomic_exchange(&lk, 1))
        ;
}

static void unlock(void)
{
    atomic_store(&lk, 0);
}

void *worker(void *arg)
{
    (void)arg;
    lock();
    shared++;
    unlock();
    return NULL;
}

void *meddler(void *arg)
{
    (void)arg;
    if (atomic_load(&lk) == 1)
        atomic_fetch_add(&lk, -1);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&c, NULL, meddler, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%d\n", shared);
    return 0;
}
