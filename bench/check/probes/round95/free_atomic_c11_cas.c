/* free: main writes w before the seq_cst CAS publishes &w and reads it after the join. */
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
    w = 7;
    atomic_compare_exchange_strong(&gp, &exp, &w);
    pthread_join(t, 0);
    return w;
}
