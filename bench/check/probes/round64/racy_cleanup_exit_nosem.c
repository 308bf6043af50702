/* TRUTH: racy — no semaphore at all: pthread_exit runs the producer's pushed cleanup handler, which writes data, while main reads data before joining */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int data;
static void touch_cb(void *p) { (void)p; data = 2; }
static void *prod(void *a) {
    (void)a;
    pthread_cleanup_push(touch_cb, 0);
    usleep(50000);
    pthread_exit(0);
    pthread_cleanup_pop(0);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, prod, 0);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
