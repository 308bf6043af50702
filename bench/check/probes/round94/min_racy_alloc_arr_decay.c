/* racy: make() stores c->vals (array member, decayed, no &) in the global gv; the thread
   writes *gv while main writes c->vals[0]. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
struct cell { int vals[1]; };
static int *_Atomic gv;
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    gv = c->vals;
    return c;
}
static void *worker(void *a) { (void)a; int *p; while (!(p = gv)) ; *p += 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->vals[0] = 5;
    pthread_join(t, 0);
    return 0;
}
