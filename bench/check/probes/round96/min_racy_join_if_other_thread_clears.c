/* racy: the clearer thread sets gt = 0 (main joins it first), so main's if (gt) join is
   skipped and the worker's write to v races with main's read. */
#include <pthread.h>
static pthread_t gt;
static int v;
static void *worker(void *a) { (void)a; v = 1; return 0; }
static void *clearer(void *a) { (void)a; gt = 0; return 0; }
int main(void) {
    pthread_t c;
    pthread_create(&gt, 0, worker, 0);
    pthread_create(&c, 0, clearer, 0);
    pthread_join(c, 0);
    if (gt) pthread_join(gt, 0);
    return v;
}
