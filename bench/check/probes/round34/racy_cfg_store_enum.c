/* TRUTH: racy — main stores STATE_RUNNING (2) into state before starting the thread, so its test state == STATE_RUNNING (line 11) is true and its accepted++ (line 12) races with main's accepted++ (line 20). */
#include <pthread.h>
#include <stdio.h>

enum { STATE_INIT, STATE_READY, STATE_RUNNING };
static int log_mask;
static long accepted;

static void *logger(void *arg) {
    (void)arg;
    if (log_mask == STATE_RUNNING) // @C
        accepted++; // @A
    return NULL;
}

int main(void) {
    pthread_t t;
    log_mask = STATE_RUNNING;
    pthread_create(&t, NULL, logger, NULL);
    accepted++; // @B
    pthread_join(t, NULL);
    printf("%ld\n", accepted);
    return 0;
}
