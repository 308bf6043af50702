/* TRUTH: racy — locker_thread writes shared_sum under a __sync test-and-set lock, but sneaky_thread writes shared_sum without taking the lock; the two writes are unordered. */
#include <pthread.h>
#include <stdio.h>

static int lk;
static int shared_sum;

static void acquire(int *l)
{
    while (__sync_val_compare_and_swap(l, 0, 1) != 0)
        ;
}

static void release(int *l)
{
    __sync_synchronize();
    __sync_lock_release(l);
}

static void *locker_thread(void *a)
{
    (void)a;
    acquire(&lk);
    shared_sum += 5;
    release(&lk);
    return NULL;
}

static void *sneaky_thread(void *a)
{
    (void)a;
    shared_sum += 7;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, locker_thread, NULL);
    pthread_create(&t2, NULL, sneaky_thread, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", shared_sum);
    return 0;
}
