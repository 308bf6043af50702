/* TRUTH: racy — a __attribute__((destructor)) function writes ticks when the program exits (after main returns) while the never-joined thread may still be incrementing ticks; unordered plain writes. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static long ticks;
__attribute__((destructor)) static void at_end(void) { ticks = -1; }
static void *spin(void *arg) {
    for (;;) {
        ticks++;
        usleep(100);
    }
    return arg;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, spin, NULL);
    usleep(2000);
    return 0;
}
