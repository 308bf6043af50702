/* TRUTH: racy — the reader does one ACQUIRE load of ready but reads data regardless of the value; when it reads 0 there is no synchronization, so main's plain write of data and the reader's plain read race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int ready;
static int data;
static int out[2];
static void *reader(void *arg) {
    int r = atomic_load_explicit(&ready, memory_order_acquire);
    out[0] = r;
    out[1] = data;
    return arg;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, reader, NULL);
    data = 12;
    atomic_store_explicit(&ready, 1, memory_order_release);
    pthread_join(t, NULL);
    printf("%d %d\n", out[0], out[1]);
    return 0;
}
