/* TRUTH: racy — log_mask starts at 1 << 2 == 4 and is never written, so the logger's test (line 10) is true and its accepted++ (line 11) races with main's accepted++ (line 18) made while the logger runs. */
#include <pthread.h>
#include <stdio.h>

static int log_mask = 1 << 2;
static long accepted;

static void *logger(void *arg) {
    (void)arg;
    if (log_mask == 4) // @C
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
