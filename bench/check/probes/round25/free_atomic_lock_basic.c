/* TRUTH: race-free. A test-and-set spin lock: atomic_exchange (seq_cst) takes it, a release store of 0 frees it, and only holders store 0; both threads update hits only while holding it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int spin;
int hits;

static void acquire(void)
{
    while (atomic_exchange(&spin, 1))
        ;
}

static void release(void)
{
    atomic_store_explicit(&spin, 0, memory_order_release);
}

void *bump(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        acquire();
        hits++;
        release();
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, bump, NULL);
    pthread_create(&b, NULL, bump, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
