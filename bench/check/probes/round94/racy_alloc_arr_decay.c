/* racy: make() publishes c->vals (the array member, decayed, no &) in the global gv;
   the thread writes gv[0] under gm while main writes c->vals[0] without it. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int tag; int vals[4]; };
static int *gv;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    pthread_mutex_lock(&gm);
    gv = c->vals;
    pthread_mutex_unlock(&gm);
    return c;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&gm);
    if (gv) gv[0] += 1;
    pthread_mutex_unlock(&gm);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->vals[0] = 5;
    pthread_join(t, 0);
    return 0;
}
