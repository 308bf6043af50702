/* racy: forget() clears the global handle after the create, so main's if (gt) join is
   skipped and the worker's x++ races with main's x++. */
#include <pthread.h>
static pthread_t gt;
static int x;
static void *worker(void *a) { (void)a; x++; return 0; }
static void forget(void) { gt = 0; }
int main(void) {
    pthread_create(&gt, 0, worker, 0);
    forget();
    if (gt) pthread_join(gt, 0);
    x++;
    return x;
}
