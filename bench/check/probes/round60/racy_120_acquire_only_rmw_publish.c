/* TRUTH: racy — the writer publishes with __atomic_exchange_n(&f,1,__ATOMIC_ACQUIRE), an RMW with no release semantics, so the reader's ACQUIRE load of 1 synchronizes with nothing; data's plain write/read race. */
#include <pthread.h>
#include <stdio.h>
static int f;
static int data;
static int out;
static void *writer(void *arg) {
    data = 13;
    (void)__atomic_exchange_n(&f, 1, __ATOMIC_ACQUIRE);
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
