/* TRUTH: racy — the test-and-set lock uses relaxed order for set and clear: no synchronizes-with, so total += i in the two threads is not ordered by happens-before (a C11 data race). */
#include <pthread.h>
#include <stdatomic.h>
static long total;
static atomic_flag f = ATOMIC_FLAG_INIT;
static void *w(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        while (atomic_flag_test_and_set_explicit(&f, memory_order_relaxed)) ;
        total += i;
        atomic_flag_clear_explicit(&f, memory_order_relaxed);
    }
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return (int)total;
}
