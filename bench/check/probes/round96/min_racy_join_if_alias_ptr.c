/* racy: h aliases tid and h[0] = 0 clears the handle, so the if (tid[0]) join is
   skipped and the worker's write to v races with main's read. */
#include <pthread.h>
static int v;
static void *worker(void *a) { (void)a; v = 1; return 0; }
int main(void) {
    pthread_t tid[1];
    pthread_create(&tid[0], 0, worker, 0);
    pthread_t *h = tid;
    h[0] = 0;
    if (tid[0]) pthread_join(tid[0], 0);
    return v;
}
