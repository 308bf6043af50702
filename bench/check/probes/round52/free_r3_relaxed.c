/* TRUTH: free — release/acquire flag: B's x=1 -> A -> join -> main's x=2 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
atomic_int f;
void *B(void *arg) {
    x = 1;
    atomic_store_explicit(&f, 1, memory_order_release);
    return NULL;
}
void *A(void *arg) {
    while (!atomic_load_explicit(&f, memory_order_acquire))
        ;
    return NULL;
}
int main(void) {
    pthread_t ta, tb;
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    x = 2;
    pthread_join(tb, NULL);
    return 0;
}
