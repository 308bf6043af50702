/* TRUTH: free — writer: plain write, __atomic_thread_fence(RELEASE), relaxed store; reader: ACQUIRE load loop. A release fence synchronizes with an acquire operation that reads the relaxed store sequenced after it, so the plain accesses are ordered. */
#include <pthread.h>
#include <stdio.h>
static int flag;
static long payload;
static long out;
static void *writer(void *arg) {
    payload = 123456789L;
    __atomic_thread_fence(__ATOMIC_RELEASE);
    __atomic_store_n(&flag, 1, __ATOMIC_RELAXED);
    return arg;
}
static void *reader(void *arg) {
    while (!__atomic_load_n(&flag, __ATOMIC_ACQUIRE))
        ;
    out = payload;
    payload = 0;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", out);
    return 0;
}
