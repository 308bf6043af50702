/* TRUTH: free — seqlock whose data words d1,d2 are only ever accessed with __atomic builtins while the reader runs (writer: relaxed atomic stores; reader: relaxed atomic loads); the single writer also reads d1/d2 plainly, but the only other thread's accesses to them are reads, and the only writes are the writer's own; main reads them plainly after join. */
#include <pthread.h>
#include <stdio.h>
static unsigned seq;
static int d1, d2;
static int got1, got2;
static void *writer(void *arg) {
    for (int i = 0; i < 100; i++) {
        unsigned s = __atomic_load_n(&seq, __ATOMIC_RELAXED);
        __atomic_store_n(&seq, s + 1, __ATOMIC_RELAXED);
        __atomic_thread_fence(__ATOMIC_RELEASE);
        __atomic_store_n(&d1, d1 + 1, __ATOMIC_RELAXED);   /* plain read of own data */
        __atomic_store_n(&d2, d2 + 1, __ATOMIC_RELAXED);
        __atomic_store_n(&seq, s + 2, __ATOMIC_RELEASE);
    }
    return arg;
}
static void *reader(void *arg) {
    unsigned s1, s2;
    int a, b;
    do {
        s1 = __atomic_load_n(&seq, __ATOMIC_ACQUIRE);
        a = __atomic_load_n(&d1, __ATOMIC_RELAXED);
        b = __atomic_load_n(&d2, __ATOMIC_RELAXED);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        s2 = __atomic_load_n(&seq, __ATOMIC_RELAXED);
    } while ((s1 & 1) || s1 != s2);
    got1 = a;
    got2 = b;
    return arg;
}
int main(void) {
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    printf("%d %d %d %d\n", got1, got2, d1, d2);
    return 0;
}
