// atomic_flag spinlock with relaxed test_and_set and clear: mutual exclusion
// holds but no happens-before between critical sections -> counter races (C11).
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_flag lk = ATOMIC_FLAG_INIT;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        while (atomic_flag_test_and_set_explicit(&lk, memory_order_relaxed)) ;
        counter++;
        atomic_flag_clear_explicit(&lk, memory_order_relaxed);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
