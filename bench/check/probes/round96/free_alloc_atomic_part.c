/* free: make() publishes &c->f with atomic_store into gp; the worker loads it and only
   writes through it while main writes c->tag, another member. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct cell { int tag; int f; };
static _Atomic(int *) gp;
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    atomic_store(&gp, &c->f);
    return c;
}
static void *worker(void *a) {
    (void)a;
    int *p = atomic_load(&gp);
    if (p) *p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->tag = 2;
    pthread_join(t, 0);
    return 0;
}
