/* TRUTH: racy — main sets ready before x=2, t can write x=1 concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
atomic_int ready;
static int is_ready(void) { return atomic_load(&ready); }
void *t(void *arg) {
    if (!is_ready()) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    atomic_store(&ready, 1);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
