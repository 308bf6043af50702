/* TRUTH: racy — __atomic_signal_fence orders only against a signal handler in the same thread (a compiler barrier), not between threads; with a relaxed flag on both sides there is no synchronization and data's write/read race. */
#include <pthread.h>
#include <stdio.h>
static int flag;
static int data;
static int out;
static void *writer(void *arg) {
    data = 42;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    __atomic_store_n(&flag, 1, __ATOMIC_RELAXED);
    return arg;
}
static void *reader(void *arg) {
    while (!__atomic_load_n(&flag, __ATOMIC_RELAXED))
        ;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
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
