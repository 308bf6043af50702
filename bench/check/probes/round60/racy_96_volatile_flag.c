/* TRUTH: racy — volatile is not atomic: the writer's plain volatile store ready=1 and the reader's volatile loads race, and so do data's write and read (no happens-before). */
#include <pthread.h>
#include <stdio.h>
static volatile int ready;
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
