/* TRUTH: racy — both threads hold only READ locks (which do not exclude each other); T1 writes x with __atomic_store_n and T2 reads x plainly — atomic write vs plain read, unordered. */
#include <pthread.h>
#include <stdio.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int x;
static long s;
static void *t1(void *arg) {
    for (int i = 0; i < 10000; i++) { pthread_rwlock_rdlock(&rw); __atomic_store_n(&x, i, __ATOMIC_RELAXED); pthread_rwlock_unlock(&rw); }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 10000; i++) { pthread_rwlock_rdlock(&rw); s += x; pthread_rwlock_unlock(&rw); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", s);
    return 0;
}
