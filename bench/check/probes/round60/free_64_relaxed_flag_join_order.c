/* TRUTH: free — the relaxed flag orders nothing, but main joins the writer before creating the reader, so the writer's plain data write happens-before the reader's plain read via join+create. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag;
static int data;
static int out;
static void *writer(void *arg) {
    data = 4;
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return arg;
}
static void *reader(void *arg) {
    if (atomic_load_explicit(&flag, memory_order_relaxed))
        out = data;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
