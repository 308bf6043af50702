/* TRUTH: free — ready is declared _Atomic, so `ready = 1` is a seq_cst store and `while (!ready)` a seq_cst load; they synchronize, ordering the plain write of data before the plain read. */
#include <pthread.h>
#include <stdio.h>
static _Atomic int ready;
static int data;
static int out;
static void *writer(void *arg) {
    data = 5;
    ready = 1;
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
