/* TRUTH: racy — the detached thread writes status; main only sleeps before reading status; sleeping creates no happens-before, so the plain write/read race. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int status;
static void *work(void *arg) {
    status = 1;
    return arg;
}
int main(void) {
    pthread_t t;
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &at, work, NULL);
    usleep(10000);
    printf("%d\n", status);
    return 0;
}
