/* free: through the macro PART, make() keeps c->vals + 1 in gkeep; the worker writes
   gkeep[0] and main writes c->vals[1], both under gm. */
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
    pthread_mutex_lock(&gm);
    if (p) p[0] = 1;
    pthread_mutex_unlock(&gm);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    pthread_mutex_lock(&gm);
    c->vals[1] = 2;
    pthread_mutex_unlock(&gm);
    pthread_join(t, 0);
    return 0;
}
