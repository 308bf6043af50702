/* TRUTH: racy — the spinlock is released with a relaxed clear: the next test_and_set (acquire) reading it does not synchronize, so the two workers' queue_len++ (line 19) are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag qlock = ATOMIC_FLAG_INIT;
static int queue_len;

static void spin_lock(void) {
    while (atomic_flag_test_and_set_explicit(&qlock, memory_order_acquire))
        ;
}
static void spin_unlock(void) { atomic_flag_clear_explicit(&qlock, memory_order_relaxed); }

static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        spin_lock();
        queue_len++; // @A
        spin_unlock();
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", queue_len);
    return 0;
}
