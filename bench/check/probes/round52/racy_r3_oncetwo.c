/* TRUTH: racy — two different once controls: init runs in both A and B concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
pthread_once_t o1 = PTHREAD_ONCE_INIT, o2 = PTHREAD_ONCE_INIT;
static void init(void) { x++; }
void *A(void *arg) { pthread_once(&o1, init); return NULL; }
void *B(void *arg) { pthread_once(&o2, init); return NULL; }
int main(void) {
    pthread_t ta, tb;
    pthread_create(&ta, NULL, A, NULL);
    pthread_create(&tb, NULL, B, NULL);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    return x;
}
