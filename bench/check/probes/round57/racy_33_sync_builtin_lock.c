/* TRUTH: racy — each thread uses a different lock word (locks[id]), so the "lock" excludes nothing and both threads do stats.hits++ concurrently. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
static int locks[2];
static struct { long hits; long misses; } stats;
static void acquire(int *w) { while (__sync_lock_test_and_set(w, 1)) ; }
static void release(int *w) { __sync_lock_release(w); }
static void *probe(void *a) {
    int id = (int)(intptr_t)a;
    for (int i = 0; i < 1000; i++) {
        acquire(&locks[id]);
        stats.hits++;
        release(&locks[id]);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, probe, (void *)(intptr_t)0);
    pthread_create(&b, NULL, probe, (void *)(intptr_t)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", stats.hits);
    return 0;
}
