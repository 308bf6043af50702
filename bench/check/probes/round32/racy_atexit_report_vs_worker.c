/* TRUTH: racy. main returns without joining; exit runs the atexit handler report(), which reads ticks while the worker may still be writing it. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
int ticks;
static void report(void) {
    printf("%d\n", ticks);
}
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++)
        ticks++;
    return NULL;
}
int main(void) {
    pthread_t t;
    atexit(report);
    pthread_create(&t, NULL, worker, NULL);
    return 0;
}
