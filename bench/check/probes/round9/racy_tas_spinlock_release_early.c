/* TRUTH: racy. release() is called before total++ in the second thread function, so that increment runs outside the spinlock and races with the other thread. */
#include <pthread.h>
#include <stdio.h>

static int busy;
static long total;

static void acquire(void) { while (__sync_lock_test_and_set(&busy, 1)) ; }
static void release(void) { __sync_lock_release(&busy); }

static void *good(void *arg)
{
    (void)arg;
    acquire();
    total++;
    release();
    return NULL;
}

static void *bad(void *arg)
{
    (void)arg;
    acquire();
    release();
    total++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, good, NULL);
    pthread_create(&b, NULL, bad, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
