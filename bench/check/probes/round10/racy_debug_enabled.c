/* racy: as the if(DEBUG) program but DEBUG is 1, so the thread writes x
   concurrently with main. */
#include <pthread.h>
#define DEBUG 1
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
