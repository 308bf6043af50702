/* TRUTH: racy — main doubles level with level <<= 1 (1 -> 2) before starting the thread, so its test level == 2 (line 10) is true and its accepted++ (line 11) races with main's accepted++ (line 19). */
#include <pthread.h>
#include <stdio.h>

static int log_mask = 1;
static long accepted;

static void *logger(void *arg) {
    (void)arg;
    if (log_mask == 2) // @C
        accepted++; // @A
    return NULL;
}

int main(void) {
    pthread_t t;
    log_mask <<= 1;
    pthread_create(&t, NULL, logger, NULL);
    accepted++; // @B
    pthread_join(t, NULL);
    printf("%ld\n", accepted);
    return 0;
}
