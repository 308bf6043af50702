/* TRUTH: racy — main writes data and RELEASE-stores go; two waiter threads both ACQUIRE-wait for go and then both do data++; each is ordered after main, but the two waiters' plain increments are unordered with each other. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int go;
static int data;
static void *waiter(void *arg) {
    while (!atomic_load_explicit(&go, memory_order_acquire))
        ;
    for (int i = 0; i < 10000; i++) data++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, waiter, NULL);
    pthread_create(&b, NULL, waiter, NULL);
    data = 100;
    atomic_store_explicit(&go, 1, memory_order_release);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", data);
    return 0;
}
