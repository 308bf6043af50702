/* RACY: an external policy function decides whether the worker updates the
   shared `mode`; main reads `mode` concurrently before joining. */
#include <pthread.h>
#include <stdio.h>
extern int policy_wants_fast(void);
static int mode;
static void *tuner(void *a) {
    (void)a;
    if (policy_wants_fast())
        mode = 2;
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, tuner, NULL);
    int m = mode;
    pthread_join(t, NULL);
    printf("%d\n", m);
    return 0;
}
