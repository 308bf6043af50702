/* TRUTH: free — ready is set before t is created, t always sees 1 and returns */
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
    if (atomic_load(&ready)) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    atomic_store(&ready, 1);
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
