/* free: start() hands c->vals to a thread; main writes c->vals[0] only after joining it. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int tag; int vals[4]; };
static void *worker(void *a) { int *v = a; v[0] += 1; return 0; }
static struct cell *start(pthread_t *t) {
    struct cell *c = calloc(1, sizeof *c);
    pthread_create(t, 0, worker, c->vals);
    return c;
}
int main(void) {
    pthread_t t;
    struct cell *c = start(&t);
    pthread_join(t, 0);
    c->vals[0] = 5;
    return 0;
}
