/* TRUTH: racy — writer RELEASE-stores the flag, but the reader only RELAXED-loads it and has no acquire fence; the plain data write/read are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag;
static int data;
static int out;
static void *writer(void *arg) {
    data = 8;
    atomic_store_explicit(&flag, 1, memory_order_release);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    out = data;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
