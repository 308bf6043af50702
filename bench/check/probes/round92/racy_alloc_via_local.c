/* racy: make_cell() callocs a cell and starts a thread on c = &res->val through a local;
   main writes cell->val while the thread writes it, no join before. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int val; int pad; };
static pthread_t th;
static void *body(void *p) { int *v = p; *v += 1; return NULL; }
static struct cell *make_cell(void) {
    struct cell *res = calloc(1, sizeof *res);
    if (!res) abort();
    int *c = &res->val;
    pthread_create(&th, NULL, body, c);
    return res;
}
int main(void) {
    struct cell *cell = make_cell();
    cell->val = 5;
    pthread_join(th, NULL);
    free(cell);
    return 0;
}
