/* race-free: make_cell() publishes &res->val through global shared_val to a waiting
   thread; main joins it before it writes cell->val. */
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
    pthread_join(th, NULL);
    cell->val = 5;
    free(cell);
    return 0;
}
