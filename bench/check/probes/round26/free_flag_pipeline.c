/* TRUTH: race-free. stage1 (started by main) starts stage2 and then fills a[] before its
   release store of f1; stage2 reads a[] only after an acquire load saw f1, fills b[] before
   its release store of f2; stage3 reads b[] (and a[], by transitivity) only after seeing f2.
   main reads after joining everything (stage1 joins stage2). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define LEN 6
static int a[LEN], b[LEN];
static atomic_int f1, f2;

static void *stage2(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&f1, memory_order_acquire))
        ;
    for (int i = 0; i < LEN; i++)
        b[i] = a[i] * 3;
    atomic_store_explicit(&f2, 1, memory_order_release);
    return NULL;
}

static void *stage1(void *arg)
{
    pthread_t s2;
    (void)arg;
    pthread_create(&s2, NULL, stage2, NULL);
    for (int i = 0; i < LEN; i++)
        a[i] = i + 2;
    atomic_store_explicit(&f1, 1, memory_order_release);
    pthread_join(s2, NULL);
    return NULL;
}

static void *stage3(void *arg)
{
    long sum = 0;
    (void)arg;
    while (!atomic_load_explicit(&f2, memory_order_acquire))
        ;
    for (int i = 0; i < LEN; i++)
        sum += b[i] + a[i];
    return (void *)sum;
}

int main(void)
{
    pthread_t t1, t3;
    void *r;
    pthread_create(&t3, NULL, stage3, NULL);
    pthread_create(&t1, NULL, stage1, NULL);
    pthread_join(t1, NULL);
    pthread_join(t3, &r);
    printf("%ld %d\n", (long)r, b[0]);
    return 0;
}
