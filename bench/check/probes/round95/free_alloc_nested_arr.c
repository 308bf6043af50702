/* free: make() only sums c->in.vals through a call; the worker's gv stays 0. */
#include <pthread.h>
#include <stdlib.h>
struct inner { int k; int vals[3]; };
struct cell { int tag; struct inner in; };
static int *gv;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static int sum3(const int *p) { return p[0] + p[1] + p[2]; }
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    c->tag = sum3(c->in.vals);
    return c;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&gm);
    if (gv) gv[1] += 1;
    pthread_mutex_unlock(&gm);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->in.vals[1] = 5;
    pthread_join(t, 0);
    return 0;
}
