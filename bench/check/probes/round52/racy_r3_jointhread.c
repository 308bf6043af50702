/* TRUTH: racy — A does not wait for B; main's x=2 after joining A races with B's x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
void *B(void *arg) {
    x = 1;
    return NULL;
}
void *A(void *arg) {
    return NULL;
}
int main(void) {
    pthread_t ta, tb;
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    x = 2;
    pthread_join(tb, NULL);
    return 0;
}
