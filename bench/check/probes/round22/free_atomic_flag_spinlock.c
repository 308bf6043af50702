/* TRUTH: race-free. A test-and-set spin lock on an atomic_flag (acquire TAS loop, release clear): the two workers' updates of `balance` are mutually excluded and ordered by the flag; main reads after the joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag guard = ATOMIC_FLAG_INIT;
static long balance;

static void *worker(void *arg)
{
    long d = (long)arg;
    for (int i = 0; i < 1000; i++) {
        while (atomic_flag_test_and_set_explicit(&guard, memory_order_acquire))
            ;
        balance += d;
        atomic_flag_clear_explicit(&guard, memory_order_release);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)-1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", balance);
    return 0;
}
