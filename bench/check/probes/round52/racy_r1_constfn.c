/* TRUTH: racy — enabled() always returns 1, t always writes x concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
static int enabled(void) { return 1; }
void *t(void *arg) {
    if (!enabled()) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
