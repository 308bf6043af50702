/* free: p is only copied from; the if (tid[0]) join joins the worker before main reads
   v. */
#include <pthread.h>
struct pool { pthread_t tid[1]; };
static int v;
static void *worker(void *a) { (void)a; v = 1; return 0; }
int main(void) {
    struct pool p, zero = {0};
    pthread_t *tid = p.tid;
    pthread_create(&tid[0], 0, worker, 0);
    zero = p;
    if (tid[0]) pthread_join(tid[0], 0);
    return v;
}
