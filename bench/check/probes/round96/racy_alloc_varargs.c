/* racy: make() hands &c->f to the variadic keep_all, which stores it in gkeep; the
   worker writes *gkeep while main writes c->f, no common lock. */
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
struct cell { int tag; int f; };
static int *gkeep;
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void keep_all(int n, ...) {
    va_list ap;
    va_start(ap, n);
    pthread_mutex_lock(&gm);
    for (int i = 0; i < n; i++) gkeep = va_arg(ap, int *);
    pthread_mutex_unlock(&gm);
    va_end(ap);
}
static struct cell *make(void) {
    struct cell *c = calloc(1, sizeof *c);
    keep_all(1, &c->f);
    return c;
}
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&gm);
    int *p = gkeep;
    pthread_mutex_unlock(&gm);
    if (p) *p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    c->f = 2;
    pthread_join(t, 0);
    return 0;
}
