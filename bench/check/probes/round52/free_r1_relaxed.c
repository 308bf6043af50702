/* TRUTH: free — release/acquire: t writes x only after acquiring ready released after main's x=2 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
atomic_int ready;
void *t(void *arg) {
    if (!atomic_load_explicit(&ready, memory_order_acquire)) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    atomic_store_explicit(&ready, 1, memory_order_release);
    pthread_join(th, NULL);
    return 0;
}
