/* TRUTH: racy — flag is statically initialised to 1, so the reader's acquire wait loop can exit immediately (reading the initial value, which synchronizes with nothing) and read x while the writer writes it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int flag = 1;
static int out;
static void *writer(void *arg) {
    x = 5;
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
    pthread_t a, b;
    pthread_create(&b, NULL, reader, NULL);
    pthread_create(&a, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
