/* free: the same publication, but main writes its part before publishing and only
   reads it after the join. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
static _Atomic(int *) gp;
static void *worker(void *a) {
    (void)a;
    int *p;
    while (!(p = atomic_load(&gp))) ;
    *p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int local[2] = {0, 0};
    struct { int pad; int v; } s = {0, 0};
    int *lp = &local[1];
    pthread_create(&t, 0, worker, 0);
    local[0] = 2;
    atomic_store(&gp, local);
    pthread_join(t, 0);
    return local[0] + s.v + *lp;
}
