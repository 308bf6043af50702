/* TRUTH: racy — a spinlock built from atomic_flag_test_and_set/atomic_flag_clear with memory_order_relaxed gives mutual exclusion of the flag but no happens-before, so the increments of count race */
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

atomic_flag lk = ATOMIC_FLAG_INIT;
int count;

static void spin_lock(void)
{
    while (atomic_flag_test_and_set_explicit(&lk, memory_order_relaxed)) {
    }
}

static void spin_unlock(void)
{
    atomic_flag_clear_explicit(&lk, memory_order_relaxed);
}

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        spin_lock();
        count++;
        spin_unlock();
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return count == 40 ? 0 : 1;
}
