/* racy: atomic_compare_exchange_strong(&gp, &exp, &w) publishes &w; the worker writes
   *p while main writes w afterwards. */
#include <pthread.h>
#include <stdatomic.h>
static _Atomic(int *) gp;
static void *worker(void *a) {
    (void)a;
    int *p;
    while (!(p = atomic_load(&gp))) ;
    *p += 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int w = 0;
    int *exp = 0;
    pthread_create(&t, 0, worker, 0);
    atomic_compare_exchange_strong(&gp, &exp, &w);
    w = 7;
    pthread_join(t, 0);
    return w;
}
