/* TRUTH: free — __sync_lock_test_and_set (acquire barrier) / __sync_lock_release (release barrier) on the same `lockword` protect `stats.hits` in both threads. */
#include <pthread.h>
#include <stdio.h>
static int lockword;
static struct { long hits; long misses; } stats;
static void acquire(int *w) { while (__sync_lock_test_and_set(w, 1)) ; }
static void release(int *w) { __sync_lock_release(w); }
static void *probe(void *u) {
    (void)u;
    for (int i = 0; i < 1000; i++) {
        acquire(&lockword);
        stats.hits++;
        release(&lockword);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, probe, NULL);
    pthread_create(&b, NULL, probe, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", stats.hits);
    return 0;
}
