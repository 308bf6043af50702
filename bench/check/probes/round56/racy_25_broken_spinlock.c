/* TRUTH: racy — the "spinlock" does an atomic load then a separate atomic store (not a test-and-set), so both threads can see 0 and enter; the critical section `shared_count++` races between the two threads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int busy;
static int shared_count;

static void acquire(void)
{
    while (atomic_load(&busy) != 0)
        ;
    atomic_store(&busy, 1);
}

static void release(void)
{
    atomic_store(&busy, 0);
}

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        acquire();
        shared_count++;
        release();
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared_count);
    return 0;
}
