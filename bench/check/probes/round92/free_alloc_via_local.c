/* race-free: make_cell() starts a thread on &res->val through a local; main joins it
   before it writes cell->val. */
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
    pthread_join(th, NULL);
    cell->val = 5;
    free(cell);
    return 0;
}
