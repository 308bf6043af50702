// Message passing with release store / acquire load of the flag: data=42
// happens before the consumer's read -> race-free.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int ready;
static int data;
static void *producer(void *arg) { (void)arg; data = 42; atomic_store_explicit(&ready, 1, memory_order_release); return NULL; }
static void *consumer(void *arg) {
    while (!atomic_load_explicit(&ready, memory_order_acquire)) ;
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
