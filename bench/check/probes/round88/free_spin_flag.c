/* Race-free: spinlock built on atomic_flag (test_and_set acquire / clear release)
   protects the shared histogram; every access to hist[] is inside the lock. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NT 4
#define BINS 8

static atomic_flag lk = ATOMIC_FLAG_INIT;
static int hist[BINS];

static void spin_lock(void)
{
    while (atomic_flag_test_and_set_explicit(&lk, memory_order_acquire))
        ;
}

static void spin_unlock(void)
{
    atomic_flag_clear_explicit(&lk, memory_order_release);
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 500; i++) {
        int bin = (i * 7 + id) % BINS;
        spin_lock();
        hist[bin]++;
        spin_unlock();
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int s = 0;
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (int b = 0; b < BINS; b++)
        s += hist[b];
    printf("%d\n", s);
    return 0;
}
