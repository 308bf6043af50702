/* TRUTH: free — the release fence and the acquire fence live in helper functions publish()/await_pub() around relaxed accesses of the flag; the fences still pair (release fence sequenced before the relaxed store that the relaxed load reads, acquire fence sequenced after that load), ordering the plain table writes before the plain reads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int pub;
static int table[8];
static int sum;
static void publish(atomic_int *p) {
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(p, 1, memory_order_relaxed);
}
static void await_pub(atomic_int *p) {
    while (!atomic_load_explicit(p, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
}
static void *producer(void *arg) {
    for (int i = 0; i < 8; i++) table[i] = i * 3;
    publish(&pub);
    return arg;
}
static void *consumer(void *arg) {
    await_pub(&pub);
    for (int i = 0; i < 8; i++) sum += table[i];
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", sum);
    return 0;
}
