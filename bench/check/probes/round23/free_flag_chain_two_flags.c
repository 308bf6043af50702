/* TRUTH: race-free. first writes x and release-stores f1; second reads x after seeing f1, writes y, release-stores f2; third reads y after seeing f2. x and y are each written by one thread before its flag and read after the matching acquire. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int f1, f2;
int x, y;

static void *first(void *arg)
{
    (void)arg;
    x = 1;
    atomic_store_explicit(&f1, 1, memory_order_release);
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&f1, memory_order_acquire))
        ;
    y = x + 1;
    atomic_store_explicit(&f2, 1, memory_order_release);
    return NULL;
}

static void *third(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&f2, memory_order_acquire))
        ;
    printf("%d\n", y);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&c, NULL, third, NULL);
    pthread_create(&b, NULL, second, NULL);
    pthread_create(&a, NULL, first, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
