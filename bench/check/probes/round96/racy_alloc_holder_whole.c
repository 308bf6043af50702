/* racy: make() puts c in a local struct h and copies h into *out (the global gh under
   gm); the worker reaches c through gh and writes c->f while main does. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int tag; int f; };
struct holder { struct cell *c; };
static struct holder gh;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static struct cell *make(struct holder *out) {
    struct cell *c = calloc(1, sizeof *c);
    struct holder h;
    h.c = c;
    pthread_mutex_lock(&gm);
    *out = h;
    pthread_mutex_unlock(&gm);
    return c;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&gm);
    struct cell *c = gh.c;
    pthread_mutex_unlock(&gm);
    if (c) c->f = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make(&gh);
    c->f = 2;
    pthread_join(t, 0);
    return 0;
}
