/* TRUTH: free. A test-and-set spinlock built from __sync_lock_test_and_set (acquire) and __sync_lock_release (release) protects total. */
#include <pthread.h>
#include <stdio.h>

static int busy;
static long total;

static void acquire(void) { while (__sync_lock_test_and_set(&busy, 1)) ; }
static void release(void) { __sync_lock_release(&busy); }

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        acquire();
        total++;
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
    printf("%ld\n", total);
    return 0;
}
