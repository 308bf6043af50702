/* TRUTH: free — the reader spins with RELAXED loads until f==1 and then does one ACQUIRE load of f; by read-read coherence that acquire load reads 1, whose only writer is the writer's RELEASE store, so it synchronizes with it and data is ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int f;
static int data;
static int out;
static void *writer(void *arg) {
    data = 11;
    atomic_store_explicit(&f, 1, memory_order_release);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&f, memory_order_relaxed))
        ;
    (void)atomic_load_explicit(&f, memory_order_acquire);
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
