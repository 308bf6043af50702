/* TRUTH: racy — hand-off with only RELAXED store/load of the flag and no fences: the writer's plain data write and the reader's plain data read (after seeing flag==1) are not ordered by happens-before. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag;
static int data;
static int out;
static void *writer(void *arg) {
    data = 42;
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
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
