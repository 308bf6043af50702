/* racy: tid points into p; p = zero clears the handle, so the if (tid[0]) join is
   skipped and the worker's write to v races with main's read. */
#include <pthread.h>
struct pool { pthread_t tid[1]; };
static int v;
static void *worker(void *a) { (void)a; v = 1; return 0; }
int main(void) {
    struct pool p, zero = {0};
    pthread_t *tid = p.tid;
    pthread_create(&tid[0], 0, worker, 0);
    p = zero;
    if (tid[0]) pthread_join(tid[0], 0);
    return v;
}
