/* FREE: a hand-written spinlock from C11 atomic_flag (test_and_set acquire / clear
   release) protects a plain counter. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_flag lk = ATOMIC_FLAG_INIT;
static long counter;
static void spin_lock(void) { while (atomic_flag_test_and_set_explicit(&lk, memory_order_acquire)) { } }
static void spin_unlock(void) { atomic_flag_clear_explicit(&lk, memory_order_release); }
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 10000; i++) {
        spin_lock();
        counter++;
        spin_unlock();
    }
    return NULL;
}
int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%ld\n", counter);
    return 0;
}
