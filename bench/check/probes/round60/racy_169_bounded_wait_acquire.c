/* TRUTH: racy — the reader waits for flag with a BOUNDED loop (gives up after 100 tries) and then reads x regardless; on the timeout path its plain read of x is unordered with the writer's plain write of x. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int flag;
static int out;
static void *writer(void *arg) {
    x = 5;
    atomic_store_explicit(&flag, 1, memory_order_release);
    return arg;
}
static void *reader(void *arg) {
    int tries = 0;
    while (!atomic_load_explicit(&flag, memory_order_acquire) && tries < 100)
        tries++;
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
