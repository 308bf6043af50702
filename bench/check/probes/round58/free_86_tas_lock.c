/* TRUTH: free — a test-and-set lock on an atomic_flag with acquire on set and release on clear guards total. */
#include <pthread.h>
#include <stdatomic.h>
static long total;
static atomic_flag f = ATOMIC_FLAG_INIT;
static void *w(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        while (atomic_flag_test_and_set_explicit(&f, memory_order_acquire)) ;
        total += i;
        atomic_flag_clear_explicit(&f, memory_order_release);
    }
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return total != 9900;
}
