/* racy: start() hands c->vals (array member, decayed) to a new thread and returns c as if
   fresh; the thread writes vals[0] while main writes c->vals[0], before the join. */
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
    c->vals[0] = 5;
    pthread_join(t, 0);
    return 0;
}
