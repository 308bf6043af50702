/* racy: main publishes lp (= &local[1]) by address with __atomic_store; the worker
   writes local[1] while main does. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
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
    int local[2] = {0, 0};
    struct { int pad; int v; } s = {0, 0};
    int *lp = &local[1];
    pthread_create(&t, 0, worker, 0);
    __atomic_store(&gq, &lp, __ATOMIC_RELEASE);
    local[1] = 2;
    pthread_join(t, 0);
    return local[0] + s.v + *lp;
}
