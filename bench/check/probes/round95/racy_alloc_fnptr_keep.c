/* racy: make() hands c->vals to keep() through a function pointer; keep stores it in
   gbuf, and the running worker writes gbuf[0] while main writes c->vals[0]. */
#include <pthread.h>
#include <stdlib.h>
struct cell { int tag; int vals[4]; };
static int *gbuf;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void keep(int *p) { pthread_mutex_lock(&gm); gbuf = p; pthread_mutex_unlock(&gm); }
static void (*keeper)(int *) = keep;
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
    return 0;
}
