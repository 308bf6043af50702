/* TRUTH: racy — t can read ready==0 and write x=1 while main writes x=2 before setting ready */
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
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    atomic_store(&ready, 1);
    pthread_join(th, NULL);
    return 0;
}
