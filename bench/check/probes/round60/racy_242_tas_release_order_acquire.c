/* TRUTH: racy — spin lock acquired with atomic_flag_test_and_set_explicit(&f, memory_order_release): a release-only RMW has no acquire semantics, so reading the previous holder's release clear synchronizes nothing and successive critical sections (plain counter++) are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_flag f = ATOMIC_FLAG_INIT;
static long counter;
static void *worker(void *arg) {
    for (int i = 0; i < 10000; i++) {
        while (atomic_flag_test_and_set_explicit(&f, memory_order_release))
            ;
        counter++;
        atomic_flag_clear_explicit(&f, memory_order_release);
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
