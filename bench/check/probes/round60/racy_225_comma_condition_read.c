/* TRUTH: racy — the wait condition reads data before testing the flag (while (tmp = data, !acquire_load(&ready));), so the first evaluation reads data unordered with the producer's write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int ready;
static int data;
static int tmp;
static void *producer(void *arg) {
    data = 9;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return arg;
}
static void *waiter(void *arg) {
    while (tmp = data, !atomic_load_explicit(&ready, memory_order_acquire))
        ;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&b, NULL, waiter, NULL);
    pthread_create(&a, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", tmp);
    return 0;
}
