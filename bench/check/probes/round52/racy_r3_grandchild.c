/* TRUTH: racy — A never joins its child G; main's x=2 after joining A races with G's x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
void *G(void *arg) {
    x = 1;
    return NULL;
}
void *A(void *arg) {
    pthread_t g;
    pthread_create(&g, NULL, G, NULL);
    return NULL;
}
int main(void) {
    pthread_t ta;
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    x = 2;
    return 0;
}
