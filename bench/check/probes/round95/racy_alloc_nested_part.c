/* racy: make() stores &c->in.val (a member of a nested struct) in gv; the worker writes
   *gv while main writes c->in.val. */
#include <pthread.h>
#include <stdlib.h>
struct inner { int k; int val; };
struct cell { int tag; struct inner in; };
static int *gv;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    pthread_mutex_lock(&gm);
    gv = &c->in.val;
    pthread_mutex_unlock(&gm);
    return c;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&gm);
    if (gv) *gv += 1;
    pthread_mutex_unlock(&gm);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->in.val = 5;
    pthread_join(t, 0);
    return 0;
}
