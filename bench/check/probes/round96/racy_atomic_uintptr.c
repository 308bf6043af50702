/* racy: main publishes &local[0] as an integer with atomic_store; the worker loads it,
   casts it back and writes local[0] while main does. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
static _Atomic uintptr_t gv;
static void *worker(void *a) {
    (void)a;
    int *p;
    while (!(p = (int *)atomic_load(&gv))) ;
    *p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int local[2] = {0, 0};
    struct { int pad; int v; } s = {0, 0};
    int *lp = &local[1];
    pthread_create(&t, 0, worker, 0);
    atomic_store(&gv, (uintptr_t)&local[0]);
    local[0] = 2;
    pthread_join(t, 0);
    return local[0] + s.v + *lp;
}
