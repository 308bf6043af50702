/* free: make() hands &c->f to the variadic keep_all, which stores it in gkeep; both the
   worker's and main's writes to it are under gm. */
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
    if (gkeep) *gkeep = 1;
    pthread_mutex_unlock(&gm);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    struct cell *c = make();
    pthread_mutex_lock(&gm);
    c->f = 2;
    pthread_mutex_unlock(&gm);
    pthread_join(t, 0);
    return 0;
}
