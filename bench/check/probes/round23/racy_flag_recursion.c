/* TRUTH: racy. countdown(n) with n >= 1 release-stores ready in its base case and then, unwinding, writes data = 1 .. n; the consumer, released by that store, reads data concurrently with those writes. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

atomic_int ready;
int data;

static void countdown(int n)
{
    if (n == 0) {
        atomic_store_explicit(&ready, 1, memory_order_release);
        return;
    }
    countdown(n - 1);
    data = n; /* after the base case published */
}

static void *producer(void *arg)
{
    (void)arg;
    countdown(rand() % 3 + 1);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
