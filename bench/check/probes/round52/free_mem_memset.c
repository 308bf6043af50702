/* TRUTH: free — memset writes buf[0..7], main writes buf[12] */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
char buf[16];
void *t(void *arg) {
    memset(buf, 0, 8);
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    buf[12] = 1;
    pthread_join(th, NULL);
    return 0;
}
