/* racy: thread start routines chosen from a function-pointer array; both
   routines write `mode` without a lock. */
#include <pthread.h>
static int mode;
static void *fa(void *x) { (void)x; mode = 1; return 0; }
static void *fb(void *x) { (void)x; mode = 2; return 0; }
static void *(*fns[2])(void *) = { fa, fb };
int main(void) {
    pthread_t th[2];
    for (int i = 0; i < 2; i++) pthread_create(&th[i], 0, fns[i], 0);
    for (int i = 0; i < 2; i++) pthread_join(th[i], 0);
    return mode;
}
