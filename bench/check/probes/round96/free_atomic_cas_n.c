/* free: the same publication, but main writes its part before publishing and only
   reads it after the join. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
static int *gq;
static void *worker(void *a) {
    (void)a;
    int *p;
    while (!(p = __atomic_load_n(&gq, __ATOMIC_SEQ_CST))) ;
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
    int *exp = 0; __atomic_compare_exchange_n(&gq, &exp, &local[0], 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    pthread_join(t, 0);
    return local[0] + s.v + *lp;
}
