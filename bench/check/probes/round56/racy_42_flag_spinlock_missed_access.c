/* TRUTH: racy — a correct atomic_flag spinlock guards `tally` in add(), but report() in the second thread reads tally without taking the spinlock; adder thread's write vs reporter thread's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag spin = ATOMIC_FLAG_INIT;
static int tally;
static int reported;

static void add(int v)
{
    while (atomic_flag_test_and_set_explicit(&spin, memory_order_acquire))
        ;
    tally += v;
    atomic_flag_clear_explicit(&spin, memory_order_release);
}

static void *adder(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        add(i);
    return NULL;
}

static void *reporter(void *arg)
{
    (void)arg;
    reported = tally;
    return NULL;
}

int main(void)
{
    pthread_t a, r;
    pthread_create(&a, NULL, adder, NULL);
    pthread_create(&r, NULL, reporter, NULL);
    pthread_join(a, NULL);
    pthread_join(r, NULL);
    printf("%d %d\n", tally, reported);
    return 0;
}
