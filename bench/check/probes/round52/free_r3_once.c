/* TRUTH: free — init runs exactly once; A's pthread_once returns after init completed; main writes after joining A */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int x;
pthread_once_t once = PTHREAD_ONCE_INIT;
static void init(void) { x = 1; }
void *B(void *arg) {
    pthread_once(&once, init);
    return NULL;
}
void *A(void *arg) {
    pthread_once(&once, init);
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
