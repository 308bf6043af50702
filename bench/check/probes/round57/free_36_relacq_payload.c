/* TRUTH: free — producer writes the plain payload then stores ready=1 with release; consumer spins on ready with acquire before reading payload, so the write happens-before the read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
struct msg { int a; double b; };
static struct msg payload;
static atomic_int ready;
static void *producer(void *u) {
    (void)u;
    payload.a = 1;
    payload.b = 2.5;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}
static void *consumer(void *out) {
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    *(double *)out = payload.a + payload.b;
    return NULL;
}
int main(void) {
    double r = 0;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &r);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%f\n", r);
    return 0;
}
