/* TRUTH: racy — seqlock with atomic data accesses, but after validating a snapshot the reader copies d1 again with a PLAIN read (got = d1); the writer keeps storing d1 atomically, so that plain read races with a concurrent atomic store. */
#include <pthread.h>
#include <stdio.h>
static unsigned seq;
static int d1;
static int got, snap;
static void *writer(void *arg) {
    for (int i = 0; i < 10000; i++) {
        unsigned s = __atomic_load_n(&seq, __ATOMIC_RELAXED);
        __atomic_store_n(&seq, s + 1, __ATOMIC_RELAXED);
        __atomic_thread_fence(__ATOMIC_RELEASE);
        __atomic_store_n(&d1, i, __ATOMIC_RELAXED);
        __atomic_store_n(&seq, s + 2, __ATOMIC_RELEASE);
    }
    return arg;
}
static void *reader(void *arg) {
    unsigned s1, s2;
    int a;
    do {
        s1 = __atomic_load_n(&seq, __ATOMIC_ACQUIRE);
        a = __atomic_load_n(&d1, __ATOMIC_RELAXED);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        s2 = __atomic_load_n(&seq, __ATOMIC_RELAXED);
    } while ((s1 & 1) || s1 != s2);
    snap = a;
    got = d1;                  /* plain read */
    return arg;
}
int main(void) {
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    printf("%d %d\n", snap, got);
    return 0;
}
