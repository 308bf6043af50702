/* racy: make() stores &c->val in the global gv; the thread writes *gv while main writes
   c->val. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
struct cell { int val; };
static int *_Atomic gv;
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    gv = &c->val;
    return c;
}
static void *worker(void *a) { (void)a; int *p; while (!(p = gv)) ; *p += 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->val = 5;
    pthread_join(t, 0);
    return 0;
}
