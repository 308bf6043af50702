/* racy: make() callocs a cell and publishes &res->val in a global the thread waits on;
   main then writes cell->val while the thread writes it, before the join. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
struct cell { int val; };
static int *_Atomic sv;
static void *body(void *p) { (void)p; int *v; while (!(v = atomic_load(&sv))) ; *v += 1; return NULL; }
static struct cell *make(void) {
    struct cell *res = calloc(1, sizeof *res);
    atomic_store(&sv, &res->val);
    return res;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, body, NULL);
    struct cell *cell = make();
    cell->val = 5;
    pthread_join(th, NULL);
    return 0;
}
