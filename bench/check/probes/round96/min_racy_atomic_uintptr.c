/* racy: &v is published as an integer with atomic_store; the worker casts it back and
   writes v while main does. */
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
    int v = 0;
    pthread_create(&t, 0, worker, 0);
    atomic_store(&gv, (uintptr_t)&v);
    v = 2;
    pthread_join(t, 0);
    return v;
}
