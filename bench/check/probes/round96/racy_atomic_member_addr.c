/* racy: main publishes &s.v of a local struct with atomic_store_explicit; the worker
   writes s.v while main does. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
static _Atomic(int *) gp;
static void *worker(void *a) {
    (void)a;
    int *p;
    while (!(p = atomic_load_explicit(&gp, memory_order_acquire))) ;
    *p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int local[2] = {0, 0};
    struct { int pad; int v; } s = {0, 0};
    int *lp = &local[1];
    pthread_create(&t, 0, worker, 0);
    atomic_store_explicit(&gp, &s.v, memory_order_release);
    s.v = 2;
    pthread_join(t, 0);
    return local[0] + s.v + *lp;
}
