/* free: the same publication, but main writes v before it and reads v only after the
   join. */
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
    v = 2;
    atomic_store(&gv, (uintptr_t)&v);
    pthread_join(t, 0);
    return v;
}
