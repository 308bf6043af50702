/* TRUTH: racy — main registers an atexit handler that writes ticks, starts a thread that keeps writing ticks, and returns without joining; exit() runs the handler while the thread may still be running: the handler's plain write and the thread's plain writes are unordered. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
static long ticks;
static void at_end(void) { ticks = -1; }
static void *spin(void *arg) {
    for (;;) {
        ticks++;
        usleep(100);
    }
    return arg;
}
int main(void) {
    pthread_t t;
    atexit(at_end);
    pthread_create(&t, NULL, spin, NULL);
    usleep(2000);
    return 0;
}
