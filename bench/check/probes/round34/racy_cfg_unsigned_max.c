/* TRUTH: racy — max_conns = -1 is UINT_MAX (the usual "unlimited"); the test max_conns > 1000 (line 10) is true and the thread's accepted++ (line 11) races with main's accepted++ (line 18). */
#include <pthread.h>
#include <stdio.h>

static unsigned log_mask = -1;
static long accepted;

static void *logger(void *arg) {
    (void)arg;
    if (log_mask > 1000) // @C
        accepted++; // @A
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, logger, NULL);
    accepted++; // @B
    pthread_join(t, NULL);
    printf("%ld\n", accepted);
    return 0;
}
