/* free: make() puts c in a local struct h and copies h into *out (main's local), never
   global; the worker finds gh empty and writes nothing. */
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
    *out = h;
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
    struct holder mine;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make(&mine);
    c->f = 2;
    pthread_join(t, 0);
    return mine.c == c;
}
