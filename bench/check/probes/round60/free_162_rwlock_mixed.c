/* TRUTH: free — x is written plainly only under the write lock; readers access it under read locks, one with __atomic_load_n and one with a plain read (read/read never conflicts); the write lock excludes both, so every write is ordered with every read. */
#include <pthread.h>
#include <stdio.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int x;
static int s1, s2;
static void *w(void *arg) {
    for (int i = 0; i < 100; i++) { pthread_rwlock_wrlock(&rw); x = i; pthread_rwlock_unlock(&rw); }
    return arg;
}
static void *r1(void *arg) {
    for (int i = 0; i < 100; i++) { pthread_rwlock_rdlock(&rw); s1 += __atomic_load_n(&x, __ATOMIC_RELAXED); pthread_rwlock_unlock(&rw); }
    return arg;
}
static void *r2(void *arg) {
    for (int i = 0; i < 100; i++) { pthread_rwlock_rdlock(&rw); s2 += x; pthread_rwlock_unlock(&rw); }
    return arg;
}
int main(void) {
    pthread_t a, b, c;
    pthread_create(&a, NULL, w, NULL);
    pthread_create(&b, NULL, r1, NULL);
    pthread_create(&c, NULL, r2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%d %d\n", s1, s2);
    return 0;
}
