/* TRUTH: racy — mode=1 set before create, t always writes x concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
int mode;
void *t(void *arg) {
    int m = mode;
    if (!m) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    mode = 1;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
