/* TRUTH: racy — main stores gp before data=42; t can see gp and write data concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int data;
int obj;
_Atomic(int *) gp;
void *t(void *arg) {
    int *q = atomic_load(&gp);
    if (!q) return NULL;
    data = 43;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    atomic_store(&gp, &obj);
    data = 42;
    pthread_join(th, NULL);
    return 0;
}
