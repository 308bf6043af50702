/* TRUTH: free — seq_cst fences (atomic_thread_fence(memory_order_seq_cst)) around relaxed flag accesses act as release (writer side) and acquire (reader side) fences, so the plain write of msg happens-before the plain read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_bool posted;
static int msg;
static int out;
static void *writer(void *arg) {
    msg = 1;
    atomic_thread_fence(memory_order_seq_cst);
    atomic_store_explicit(&posted, 1, memory_order_relaxed);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&posted, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_seq_cst);
    out = msg;
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
