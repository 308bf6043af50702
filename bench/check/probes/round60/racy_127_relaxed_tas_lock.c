/* TRUTH: racy — lock taken with __atomic_test_and_set(&L, __ATOMIC_RELAXED) and released with __atomic_clear(&L, __ATOMIC_RELEASE): the relaxed test-and-set does not acquire, so successive critical sections (plain total += i) in the two threads are unordered. */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
static bool L;
static long total;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        while (__atomic_test_and_set(&L, __ATOMIC_RELAXED))
            ;
        total += i;
        __atomic_clear(&L, __ATOMIC_RELEASE);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
