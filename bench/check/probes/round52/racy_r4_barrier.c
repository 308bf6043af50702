/* TRUTH: racy — t writes x=1 after the barrier, concurrent with main's x=2 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
pthread_barrier_t bar;
void *t(void *arg) {
    pthread_barrier_wait(&bar);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&th, NULL, t, NULL);
    pthread_barrier_wait(&bar);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
