/* racy: __atomic_store(&gp, dp, ...) with dp = &lp stores lp = &w in gp; the worker
   writes *gp while main writes w. */
#include <pthread.h>
static int *gp;
static void *worker(void *a) {
    (void)a;
    int *p;
    while (!(p = __atomic_load_n(&gp, __ATOMIC_ACQUIRE))) ;
    *p += 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int w = 0;
    int *lp = &w;
    int **dp = &lp;
    pthread_create(&t, 0, worker, 0);
    __atomic_store(&gp, dp, __ATOMIC_RELEASE);
    w = 7;
    pthread_join(t, 0);
    return w;
}
