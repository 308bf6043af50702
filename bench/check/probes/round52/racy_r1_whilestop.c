/* TRUTH: racy — t breaks out after seeing stop and writes x=1, unordered with main's x=2 after the store */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
atomic_int stop;
void *t(void *arg) {
    while (1) {
        if (atomic_load(&stop)) break;
    }
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    atomic_store(&stop, 1);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
