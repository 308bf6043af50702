/* Racy: g[0][1].n is written under g[0][0].m by one thread and under g[0][1].m by the other. */
#include <pthread.h>
struct e { pthread_mutex_t m; int n; };
struct e g[1][2] = {{{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}}};
static void upd(struct e *lk, struct e *d)
{
    pthread_mutex_lock(&lk->m);
    d->n++;
    pthread_mutex_unlock(&lk->m);
}
static void *t1(void *x) { upd(&g[0][0], &g[0][1]); return x; }
static void *t2(void *x) { upd(&g[0][1], &g[0][1]); return x; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, 0, t1, 0);
    pthread_create(&q, 0, t2, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
}
