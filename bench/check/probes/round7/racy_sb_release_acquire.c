/* TRUTH: racy. with release stores and acquire loads the store-buffering outcome (both read 0) is allowed, so both threads can write winner concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int want0, want1;
static int winner = -1;

static void *p0(void *a)
{
    (void)a;
    atomic_store_explicit(&want0, 1, memory_order_release);
    if (atomic_load_explicit(&want1, memory_order_acquire) == 0)
        winner = 0;
    return NULL;
}

static void *p1(void *a)
{
    (void)a;
    atomic_store_explicit(&want1, 1, memory_order_release);
    if (atomic_load_explicit(&want0, memory_order_acquire) == 0)
        winner = 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, p0, NULL);
    pthread_create(&b, NULL, p1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", winner);
    return 0;
}
