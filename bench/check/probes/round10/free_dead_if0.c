/* free: the thread's write is inside `if (0)` (debug code compiled out at
   the source level); main writes x concurrently. */
#include <pthread.h>
#define DEBUG 0
static int x;
static void *t(void *a) {
    (void)a;
    if (DEBUG) x = 1;
    return 0;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    x = 2;
    pthread_join(th, 0);
    return x;
}
