/* free: the function pointer only reads c->vals; gbuf stays 0. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int vals[2]; };
static int *_Atomic gbuf;
static int total;
static void keep(int *p) { total = p[1]; }
static void (*keeper)(int *) = keep;
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    keeper(c->vals);
    return c;
}
static void *worker(void *a) {
    (void)a;
    int *p = gbuf;
    if (p) p[0] = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->vals[0] = 2;
    pthread_join(t, 0);
    return 0;
}
