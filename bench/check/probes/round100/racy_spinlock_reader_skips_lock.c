/* TRUTH: racy — writers take the spinlock, but the reporter thread reads total without it */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag lock = ATOMIC_FLAG_INIT;
static long total;

static void acquire(void) { while (atomic_flag_test_and_set(&lock)) ; }
static void release(void) { atomic_flag_clear(&lock); }

static void *adder(void *arg)
{
    (void)arg;
    for (int i = 0; i < 5000; i++) {
        acquire();
        total += i;
        release();
    }
    return NULL;
}

static void *reporter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++)
        printf("running total: %ld\n", total);
    return NULL;
}

int main(void)
{
    pthread_t a, b, r;
    pthread_create(&a, NULL, adder, NULL);
    pthread_create(&b, NULL, adder, NULL);
    pthread_create(&r, NULL, reporter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(r, NULL);
    printf("final: %ld\n", total);
    return 0;
}
