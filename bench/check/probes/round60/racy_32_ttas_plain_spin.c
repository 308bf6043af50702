/* TRUTH: racy — the test-and-test-and-set lock spins with a plain read `while (L)` which races with the other thread's __sync_lock_test_and_set / __sync_lock_release writes of L (unordered plain read vs atomic write). */
#include <pthread.h>
#include <stdio.h>
static volatile int L;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        for (;;) {
            while (L)                      /* plain read */
                ;
            if (!__sync_lock_test_and_set(&L, 1))
                break;
        }
        counter++;
        __sync_lock_release(&L);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
