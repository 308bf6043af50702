/* free: keep() saves its argument (c->vals) in a static local and writes through it
   under gm; main's write to c->vals[0] is under gm too. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int tag; int vals[4]; };
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static int keep(int *p) {
    static int *saved;
    pthread_mutex_lock(&gm);
    if (p) saved = p;
    else if (saved) saved[0] = 1;
    pthread_mutex_unlock(&gm);
    return 0;
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
    pthread_mutex_lock(&gm);
    c->vals[0] = 2;
    pthread_mutex_unlock(&gm);
    pthread_join(t, 0);
    return 0;
}
