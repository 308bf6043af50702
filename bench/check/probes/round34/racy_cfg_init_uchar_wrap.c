/* TRUTH: racy — retries is an unsigned char initialized with 256, which converts to 0; the test retries == 0 (line 10) is true and the thread's accepted++ (line 11) races with main's accepted++ (line 18). */
#include <pthread.h>
#include <stdio.h>

static unsigned char log_mask = 256;
static long accepted;

static void *logger(void *arg) {
    (void)arg;
    if (log_mask == 0) // @C
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
