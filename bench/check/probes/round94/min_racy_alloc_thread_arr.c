/* racy: start() gives c->vals (array member, decayed, no &) to a thread; main writes
   c->vals[0] while the thread does. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int vals[1]; };
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
