/* TRUTH: racy — ready is _Atomic (seq_cst store/load), but the writer writes data AFTER `ready = 1`; the reader's plain read of data after seeing ready is unordered with that later write. */
#include <pthread.h>
#include <stdio.h>
static _Atomic int ready;
static int data;
static int out;
static void *writer(void *arg) {
    ready = 1;
    data = 5;
    return arg;
}
static void *reader(void *arg) {
    while (!ready)
        ;
    out = data;
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
