/* TRUTH: racy — die(0) returns, main writes x=2 concurrently with t */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int x;
static void die(int c) {
    if (c) exit(0);
}
void *t(void *arg) {
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    die(0);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
