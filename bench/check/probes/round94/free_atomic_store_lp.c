/* free: __atomic_store_n(&gp, lp, ...) stores the local pointer lp = &w in gp; main writes w only after
   joining the thread that writes *gp. */
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
    pthread_create(&t, 0, worker, 0);
    __atomic_store_n(&gp, lp, __ATOMIC_RELEASE);
    pthread_join(t, 0);
    w = 7;
    return w;
}
