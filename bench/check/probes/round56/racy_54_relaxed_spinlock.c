/* TRUTH: racy — the spinlock uses memory_order_relaxed for both the exchange and the unlock store: mutual exclusion holds, but no happens-before is created, so the two workers' `guarded++` accesses are unordered (a C11 data race). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lk;
static int guarded;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        while (atomic_exchange_explicit(&lk, 1, memory_order_relaxed))
            ;
        guarded++;
        atomic_store_explicit(&lk, 0, memory_order_relaxed);
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
    printf("%d\n", guarded);
    return 0;
}
