/* TRUTH: free — release store after x=1, main acquires before x=2 */
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
    atomic_store_explicit(&f, 1, memory_order_release);
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
