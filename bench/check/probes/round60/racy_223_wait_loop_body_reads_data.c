/* TRUTH: racy — the waiter's loop body reads data on every pass made while the flag is still 0 (while (!acquire_load(&ready)) last = data;); those reads are not ordered after the producer's plain write of data. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int ready;
static int data;
static int last;
static void *producer(void *arg) {
    data = 9;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return arg;
}
static void *waiter(void *arg) {
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        last = data;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&b, NULL, waiter, NULL);
    pthread_create(&a, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", last);
    return 0;
}
