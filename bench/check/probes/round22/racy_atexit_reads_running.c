/* TRUTH: racy. report() is registered with atexit and runs when main returns, while the detached `ticker` is still running and writing `progress`: report's read of progress and ticker's write are unordered (threads keep running during exit handlers). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static long progress;

static void report(void)
{
    printf("progress %ld\n", progress);
}

static void *ticker(void *arg)
{
    (void)arg;
    for (;;) {
        progress++;
        usleep(10);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    atexit(report);
    pthread_create(&t, NULL, ticker, NULL);
    pthread_detach(t);
    usleep(1000);
    return 0; /* runs report() while ticker runs */
}
