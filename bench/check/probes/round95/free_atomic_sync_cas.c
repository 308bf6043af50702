/* free: w is written before the CAS publishes &w (a full barrier) and read after the join. */
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
    pthread_create(&t, 0, worker, 0);
    w = 7;
    __sync_val_compare_and_swap(&gp, (int *)0, &w);
    pthread_join(t, 0);
    return w;
}
