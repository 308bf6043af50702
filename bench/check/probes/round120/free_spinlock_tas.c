/* TRUTH: free — a test-and-set spinlock built on __sync_lock_test_and_set (acquire) / __sync_lock_release (release) guards every access of total */
#include <pthread.h>

static int lockword;
int total;

static void spin_lock(void)
{
    while (__sync_lock_test_and_set(&lockword, 1)) {
    }
}

static void spin_unlock(void)
{
    __sync_lock_release(&lockword);
}

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        spin_lock();
        total = total + 1;
        spin_unlock();
    }
    return 0;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return total == 200 ? 0 : 1;
}
