/* TRUTH: racy — relaxed store does not release t's x=1 to main's acquire load */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
atomic_int f;
void *t(void *arg) {
    x = 1;
    atomic_store_explicit(&f, 1, memory_order_relaxed);
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    while (!atomic_load_explicit(&f, memory_order_acquire))
        ;
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
