// A detached thread keeps incrementing ticks; main returns, and exit() runs the
// atexit handler that reads ticks while the thread may still write it -> race.
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
static long ticks;
static void report(void) { printf("%ld\n", ticks); }
static void *spinner(void *arg) { (void)arg; for (;;) ticks++; return NULL; }
int main(void) {
    atexit(report);
    pthread_t t;
    pthread_create(&t, NULL, spinner, NULL);
    pthread_detach(t);
    return 0;
}
