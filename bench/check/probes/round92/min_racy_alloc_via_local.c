/* racy: make() callocs a cell and starts a thread on c = &res->val (a local); main writes
   cell->val while the thread writes it, before the join. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int val; };
static pthread_t th;
static void *body(void *p) { *(int *)p += 1; return NULL; }
static struct cell *make(void) {
    struct cell *res = calloc(1, sizeof *res);
    int *c = &res->val;
    pthread_create(&th, NULL, body, c);
    return res;
}
int main(void) {
    struct cell *cell = make();
    cell->val = 5;
    pthread_join(th, NULL);
    return 0;
}
