/* free: as racy_atomic_store_via_pp, but main writes w before publishing it with a
   release store and reads it only after the join. */
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
    w = 7;
    __atomic_store(&gp, dp, __ATOMIC_RELEASE);
    pthread_join(t, 0);
    return w;
}
