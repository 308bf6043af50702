/* TRUTH: racy. pthread_cancel only requests cancellation; the worker keeps running until its next cancellation point. main resets `ticks = 0` right after the cancel, without joining first, while the worker may still be doing ticks++. */
#include <pthread.h>
#include <stdio.h>

static long ticks;

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        ticks++;
        pthread_testcancel();
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_cancel(t);
    ticks = 0; /* worker may not have stopped yet */
    pthread_join(t, NULL);
    printf("%ld\n", ticks);
    return 0;
}
