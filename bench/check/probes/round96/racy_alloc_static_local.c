/* racy: keep() saves its argument (c->vals) in a static local; the worker calls
   keep(0) to write through it while main writes c->vals[0]. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int tag; int vals[4]; };
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static int keep(int *p) {
    static int *saved;
    int r = 0;
    pthread_mutex_lock(&gm);
    if (p) saved = p;
    else if (saved) r = 1;
    int *s = saved;
    pthread_mutex_unlock(&gm);
    if (!p && s) s[0] = 1;
    return r;
}
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    keep(c->vals);
    return c;
}
static void *worker(void *a) { (void)a; keep(0); return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->vals[0] = 2;
    pthread_join(t, 0);
    return 0;
}
