/* TRUTH: racy — __sync_synchronize (full fence) only on the writer side before a RELAXED flag store; the reader uses RELAXED loads and no fence, so no synchronizes-with edge exists and the plain buffer write/read race. */
#include <pthread.h>
#include <stdio.h>
static int flag;
static int buf;
static int out;
static void *writer(void *arg) {
    buf = 77;
    __sync_synchronize();
    __atomic_store_n(&flag, 1, __ATOMIC_RELAXED);
    return arg;
}
static void *reader(void *arg) {
    while (!__atomic_load_n(&flag, __ATOMIC_RELAXED))
        ;
    out = buf;
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
