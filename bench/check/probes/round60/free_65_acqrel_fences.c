/* TRUTH: free — memory_order_acq_rel fences are both release and acquire fences; used before the relaxed store (writer) and after the relaxed load loop (reader) they order the plain write of val before the plain read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int go;
static double val;
static double out;
static void *writer(void *arg) {
    val = 2.5;
    atomic_thread_fence(memory_order_acq_rel);
    atomic_store_explicit(&go, 1, memory_order_relaxed);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&go, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acq_rel);
    out = val;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%f\n", out);
    return 0;
}
