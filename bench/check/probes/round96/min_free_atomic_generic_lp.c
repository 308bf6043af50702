/* free: the same publication, but main writes v[1] before it and reads v[1] only after the
   join. */
#include <pthread.h>
static int *gq;
static void *worker(void *a) {
    (void)a;
    int *p;
    while (!(p = __atomic_load_n(&gq, __ATOMIC_ACQUIRE))) ;
    *p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int v[2] = {0, 0};
    int *lp = &v[1];
    pthread_create(&t, 0, worker, 0);
    v[1] = 2;
    __atomic_store(&gq, &lp, __ATOMIC_RELEASE);
    pthread_join(t, 0);
    return v[1];
}
