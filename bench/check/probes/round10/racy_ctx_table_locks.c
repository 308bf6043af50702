/* racy: static context table: each context names a different mutex but the
   same data pointer. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static int shared;
struct ctx { pthread_mutex_t *m; int *v; };
static struct ctx ctxs[2] = { { &m1, &shared }, { &m2, &shared } };
static void *t(void *x) {
    struct ctx *c = x;
    pthread_mutex_lock(c->m);
    *c->v += 1;
    pthread_mutex_unlock(c->m);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, &ctxs[0]);
    pthread_create(&q, 0, t, &ctxs[1]);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
