/* racy: main calls pthread_exit without joining; the two workers keep
   running and both increment `total` unprotected. */
#include <pthread.h>
static int total;
static void *w(void *x) { (void)x; total += 1; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, w, 0);
    pthread_create(&q, 0, w, 0);
    pthread_exit(0);
}
