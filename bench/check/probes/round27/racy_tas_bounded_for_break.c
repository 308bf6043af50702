/* TRUTH: racy. The acquire loop is bounded: after 1000 failed exchanges the loop ends without the lock and the thread still updates 'queue_len'; the other thread may hold the lock at that time. */
#include <pthread.h>
#include <stdatomic.h>

static atomic_int qlock;
static int queue_len;

static void *producer(void *arg)
{
    (void)arg;
    for (int round = 0; round < 20; round++) {
        for (int spins = 0; spins < 1000; spins++)
            if (!atomic_exchange_explicit(&qlock, 1, memory_order_acquire))
                break;
        queue_len++;
        atomic_store_explicit(&qlock, 0, memory_order_release);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return queue_len;
}
