/* racy: through the macro PART, make() keeps c->vals + 1 in gkeep under gm; the worker
   writes gkeep[0] (c->vals[1]) while main writes c->vals[1]. */
#include <pthread.h>
#include <stdlib.h>
#define PART(c, k) ((c)->vals + (k))
#define KEEP(p) do { pthread_mutex_lock(&gm); gkeep = (p); pthread_mutex_unlock(&gm); } while (0)
struct cell { int tag; int vals[4]; };
static int *gkeep;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    KEEP(PART(c, 1));
    return c;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&gm);
    int *p = gkeep;
    pthread_mutex_unlock(&gm);
    if (p) p[0] = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->vals[1] = 2;
    pthread_join(t, 0);
    return 0;
}
