/* racy: make() stores &c->val in the global gv before returning c; the thread, already
   running, writes *gv under gm while main writes c->val without it. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int tag; int val; };
static int *gv;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    pthread_mutex_lock(&gm);
    gv = &c->val;
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
    c->val = 5;
    pthread_join(t, 0);
    return 0;
}
