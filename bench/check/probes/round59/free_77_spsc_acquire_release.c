/* TRUTH: free — SPSC ring: producer writes slot then release-stores head; consumer acquire-loads head before reading the slot, then release-stores tail; producer acquire-loads tail before reusing a slot. Each slot write/read pair is ordered by these acquire/release edges. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define CAP 4
static int slots[CAP];
static atomic_uint head, tail;

static void *prod(void *a)
{
    (void)a;
    for (unsigned i = 0; i < 20; i++) {
        unsigned h = atomic_load_explicit(&head, memory_order_relaxed);
        while (h - atomic_load_explicit(&tail, memory_order_acquire) == CAP)
            ;
        slots[h % CAP] = (int)i;
        atomic_store_explicit(&head, h + 1, memory_order_release);
    }
    return NULL;
}

static void *cons(void *a)
{
    long sum = 0;
    for (unsigned i = 0; i < 20; i++) {
        unsigned t = atomic_load_explicit(&tail, memory_order_relaxed);
        while (atomic_load_explicit(&head, memory_order_acquire) == t)
            ;
        sum += slots[t % CAP];
        atomic_store_explicit(&tail, t + 1, memory_order_release);
    }
    *(long *)a = sum;
    return NULL;
}

int main(void)
{
    long sum = 0;
    pthread_t p, c;
    pthread_create(&p, NULL, prod, NULL);
    pthread_create(&c, NULL, cons, &sum);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", sum);
    return 0;
}
