/* TRUTH: free. test-and-test-and-set lock: spin on a load, break only when the exchange returned 0 (lock taken); released with a release store. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int lk;
static int queue_len;
static int queue[8];

static void *producer(void *arg)
{
    int v = *(int *)arg;
    for (;;) {
        while (atomic_load_explicit(&lk, memory_order_relaxed))
            ;
        if (!atomic_exchange_explicit(&lk, 1, memory_order_acquire))
            break;
    }
    if (queue_len < 8)
        queue[queue_len++] = v;
    atomic_store_explicit(&lk, 0, memory_order_release);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    int vals[3] = { 4, 5, 6 };
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, producer, &vals[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", queue_len);
    return 0;
}
