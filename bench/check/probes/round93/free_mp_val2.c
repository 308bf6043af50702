// Producer sets ready to 1 before data and to 2 after; the consumer waits for
// ready == 2, which is released after the data write -> race-free.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int ready;
static int data;
static void *producer(void *arg) {
    (void)arg;
    atomic_store_explicit(&ready, 1, memory_order_release);
    data = 42;
    atomic_store_explicit(&ready, 2, memory_order_release);
    return NULL;
}
static void *consumer(void *arg) {
    while (atomic_load_explicit(&ready, memory_order_acquire) != 2) ;
    *(int *)arg = data;
    return NULL;
}
int main(void) {
    int s = 0;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", s);
    return 0;
}
