/* free: make() hands c->vals to a function pointer that only sums it; nothing keeps it,
   and the worker only reads gbuf (always 0) under gm. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int tag; int vals[4]; };
static int *gbuf;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static int total;
static void sum(int *p) { total = p[0] + p[1]; }
static void (*keeper)(int *) = sum;
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    keeper(c->vals);
    return c;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&gm);
    int *p = gbuf;
    pthread_mutex_unlock(&gm);
    if (p) p[0] = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->vals[0] = 2;
    pthread_join(t, 0);
    return total;
}
