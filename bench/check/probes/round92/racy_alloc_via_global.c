/* racy: make_cell() callocs a cell and stores &res->val in global shared_val, which a
   running thread writes; main writes cell->val too, no lock, no join before. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
struct cell { int val; int pad; };
static int *_Atomic shared_val;
static void *body(void *p) {
    (void)p;
    int *v;
    while (!(v = atomic_load(&shared_val)))
        ;
    *v += 1;
    return NULL;
}
static struct cell *make_cell(void) {
    struct cell *res = calloc(1, sizeof *res);
    if (!res) abort();
    atomic_store(&shared_val, &res->val);
    return res;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, body, NULL);
    struct cell *cell = make_cell();
    cell->val = 5;
    pthread_join(th, NULL);
    free(cell);
    return 0;
}
