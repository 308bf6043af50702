/* TRUTH: race-free. C11 threads: both instances of adder update `sum` only while holding the one mtx_t; main reads it after thrd_join of both. */
#include <stdio.h>
#include <threads.h>

static mtx_t lock;
static long sum;

static int adder(void *arg)
{
    int n = *(int *)arg;
    for (int i = 0; i < n; i++) {
        mtx_lock(&lock);
        sum += i;
        mtx_unlock(&lock);
    }
    return 0;
}

int main(void)
{
    thrd_t a, b;
    int n = 1000;
    mtx_init(&lock, mtx_plain);
    thrd_create(&a, adder, &n);
    thrd_create(&b, adder, &n);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    mtx_destroy(&lock);
    printf("%ld\n", sum);
    return 0;
}
