/* racy: main publishes &local[0] with __sync_lock_test_and_set; the worker writes
   local[0] while main does. */
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
    __sync_lock_test_and_set(&gq, &local[0]);
    local[0] = 2;
    pthread_join(t, 0);
    return local[0] + s.v + *lp;
}
