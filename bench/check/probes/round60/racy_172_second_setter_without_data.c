/* TRUTH: racy — two threads set the flag: the producer after writing x, and a canceller that never touches x; a reader that observes the canceller's RELEASE store synchronizes only with the canceller, so its plain read of x races with the producer's plain write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int flag;
static int out;
static void *producer(void *arg) {
    x = 5;
    atomic_store_explicit(&flag, 1, memory_order_release);
    return arg;
}
static void *canceller(void *arg) {
    atomic_store_explicit(&flag, 1, memory_order_release);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&flag, memory_order_acquire))
        ;
    out = x;
    return arg;
}
int main(void) {
    pthread_t a, b, c;
    pthread_create(&c, NULL, reader, NULL);
    pthread_create(&b, NULL, canceller, NULL);
    pthread_create(&a, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%d\n", out);
    return 0;
}
