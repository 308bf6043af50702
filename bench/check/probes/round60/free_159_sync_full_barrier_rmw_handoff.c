/* TRUTH: free — the writer publishes with __sync_fetch_and_or(&f,1) and the reader polls with __sync_fetch_and_add(&f,0); both are full-barrier (seq_cst) RMWs, so the reader's RMW that reads 1 synchronizes with the writer's, ordering the plain data accesses. */
#include <pthread.h>
#include <stdio.h>
static int f;
static int data;
static int out;
static void *writer(void *arg) {
    data = 31;
    __sync_fetch_and_or(&f, 1);
    return arg;
}
static void *reader(void *arg) {
    while (__sync_fetch_and_add(&f, 0) == 0)
        ;
    out = data;
    data = 0;
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
