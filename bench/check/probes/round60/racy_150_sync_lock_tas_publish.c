/* TRUTH: racy — the writer "publishes" with __sync_lock_test_and_set, which GCC documents as an acquire barrier only (no release); the reader's ACQUIRE load of the flag therefore synchronizes with nothing and the plain data write/read race. */
#include <pthread.h>
#include <stdio.h>
static int f;
static int data;
static int out;
static void *writer(void *arg) {
    data = 13;
    (void)__sync_lock_test_and_set(&f, 1);
    return arg;
}
static void *reader(void *arg) {
    while (!__atomic_load_n(&f, __ATOMIC_ACQUIRE))
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
