/* TRUTH: racy. lock() loops "while (__sync_val_compare_and_swap(&lk, 0, 1) != 1)": when another thread holds the lock the CAS fails and returns 1, so the loop exits without taking the lock and both threads update 'jobs'. */
#include <pthread.h>

static int lk;
static int jobs;

static void lock(void)
{
    while (__sync_val_compare_and_swap(&lk, 0, 1) != 1)
        ;
}

static void unlock(void)
{
    __sync_lock_release(&lk);
}

static void *worker(void *arg)
{
    (void)arg;
    lock();
    jobs++;
    unlock();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return jobs;
}
