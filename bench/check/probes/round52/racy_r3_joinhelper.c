/* TRUTH: racy — wait_for(th,0) does not join; x=2 races with t's x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
static void wait_for(pthread_t th, int really) {
    if (really)
        pthread_join(th, NULL);
}
void *t(void *arg) {
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    wait_for(th, 0);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
