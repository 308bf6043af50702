/* racy: __sync_val_compare_and_swap(&gp, 0, &w) publishes &w; the worker writes *gp
   while main writes w afterwards. */
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
    __sync_val_compare_and_swap(&gp, (int *)0, &w);
    w = 7;
    pthread_join(t, 0);
    return w;
}
