/* TRUTH: free — debug_stats is 0 and never written, so the thread's accepted++ under if (debug_stats) (line 11) never runs; main's accepted++ (line 18) has no concurrent access. */
#include <pthread.h>
#include <stdio.h>

static int debug_stats = 0;
static long accepted;

static void *logger(void *arg) {
    (void)arg;
    if (debug_stats) // @C
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
