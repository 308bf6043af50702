/* free: w is written before the release store publishes it; read again after the join. */
#include <pthread.h>
static int *gp;
static void *worker(void *a) {
    (void)a;
    int *p = __atomic_load_n(&gp, __ATOMIC_ACQUIRE);
    if (p) *p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int w = 0, *lp = &w, **dp = &lp;
    pthread_create(&t, 0, worker, 0);
    w = 7;
    __atomic_store(&gp, dp, __ATOMIC_RELEASE);
    pthread_join(t, 0);
    return w;
}
