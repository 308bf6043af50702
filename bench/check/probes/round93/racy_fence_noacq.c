// Release fence on the producer but no acquire fence (relaxed load) on the
// consumer: no synchronizes-with, so the read of data races with the write.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int ready;
static int data;
static void *producer(void *arg) {
    (void)arg;
    data = 42;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    return NULL;
}
static void *consumer(void *arg) {
    while (!atomic_load_explicit(&ready, memory_order_relaxed)) ;
    *(int *)arg = data;
    return NULL;
}
int main(void) {
    int s;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL); pthread_join(c, NULL);
    printf("%d\n", s);
    return 0;
}
