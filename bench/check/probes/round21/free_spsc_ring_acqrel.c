/* TRUTH: race-free. Single-producer/single-consumer ring: only the producer writes slots[] and 'head' (release store after writing the slot), only the consumer writes 'tail' (release store after reading the slot); each side acquire-loads the other's index before touching a slot, so a slot's write happens-before its read and a slot is rewritten only after the consumer released it. head/tail are atomics. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define RN 8
#define NMSG 100

struct ring {
    long slots[RN];
    atomic_uint head;
    atomic_uint tail;
};

static struct ring ring;

static void push(long v)
{
    unsigned h = atomic_load_explicit(&ring.head, memory_order_relaxed);
    while (h - atomic_load_explicit(&ring.tail, memory_order_acquire) == RN)
        ;
    ring.slots[h % RN] = v;
    atomic_store_explicit(&ring.head, h + 1, memory_order_release);
}

static long pop(void)
{
    unsigned t = atomic_load_explicit(&ring.tail, memory_order_relaxed);
    while (atomic_load_explicit(&ring.head, memory_order_acquire) == t)
        ;
    long v = ring.slots[t % RN];
    atomic_store_explicit(&ring.tail, t + 1, memory_order_release);
    return v;
}

static void *producer(void *arg)
{
    (void)arg;
    for (long i = 1; i <= NMSG; i++)
        push(i * i);
    return NULL;
}

static void *consumer(void *arg)
{
    long *sum = arg;
    for (int i = 0; i < NMSG; i++)
        *sum += pop();
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    static long sum;
    pthread_create(&c, NULL, consumer, &sum);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("sum %ld\n", sum);
    return 0;
}
