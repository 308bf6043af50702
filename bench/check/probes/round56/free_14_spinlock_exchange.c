/* TRUTH: free — acquire() spins on atomic_exchange(&lk,1) (acquire) and release() stores 0 (release): a correct spinlock; `cs_count` is only touched inside it, and by main after the joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lk;
static int cs_count;

static void acquire(void)
{
    while (atomic_exchange_explicit(&lk, 1, memory_order_acquire))
        ;
}

static void release(void)
{
    atomic_store_explicit(&lk, 0, memory_order_release);
}

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        acquire();
        cs_count++;
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
    printf("%d\n", cs_count);
    return 0;
}
