/* TRUTH: racy — do { out = data; } while (!acquire_load(&ready)); reads data before the first check of the flag; that read is unordered with the producer's plain write of data. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int ready;
static int data;
static int out;
static void *producer(void *arg) {
    data = 9;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return arg;
}
static void *waiter(void *arg) {
    do {
        out = data;
    } while (!atomic_load_explicit(&ready, memory_order_acquire));
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&b, NULL, waiter, NULL);
    pthread_create(&a, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
