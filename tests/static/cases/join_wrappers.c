// A join wrapper's handle parameter is the caller's handle: wait_for(t) with
// wait_for(pthread_t th) { pthread_join(th, 0); }, or wait_ptr(&t) joining *tp, joins t.
// A wrapper that joins another handle, changes its parameter first, or joins on some
// paths only does not.
#include <pthread.h>

static int a, b, c, d, e, f[3], g[3], h, q[2];
static pthread_t other;

static void *wa(void *p) { (void)p; a = 1; return 0; } // NORACE: joined by value before main writes
static void *wb(void *p) { (void)p; b = 1; return 0; } // NORACE: joined through a pointer
static void *wc(void *p) { (void)p; c = 1; return 0; } // RACE: the wrapper joins another handle
static void *wd(void *p) { (void)p; d = 1; return 0; } // RACE (possible): joined on some paths only
static void *we(void *p) { (void)p; e = 1; return 0; } // RACE (possible): the parameter is changed first
static void *wf(void *p) { *(int *)p = 1; return 0; } // NORACE: join_all(tf, 3) joins all three
static void *wg(void *p) { *(int *)p = 1; return 0; } // RACE (possible): join_all(tg, 2) joins two of three

static void wait_for(pthread_t th) { pthread_join(th, 0); }
static void wait_ptr(pthread_t *tp) { pthread_join(*tp, 0); }
static void wait_other(pthread_t th) { (void)th; pthread_join(other, 0); }
static void wait_maybe(pthread_t th, int really)
{
    if (really)
        pthread_join(th, 0);
}
static void *wh(void *p) { (void)p; h = 1; return 0; } // RACE (possible): the wrapper joins another handle it stored through the pointer
static void *wq(void *p) { *(int *)p = 1; return 0; } // RACE (possible): the join loop may return before joining the second
static void join_swapped(pthread_t *tp, pthread_t *o)
{
    *tp = *o;
    pthread_join(*tp, 0);
}

static void join_quick(pthread_t *hs, int n, int quick)
{
    for (int i = 0; i < n; i++) {
        pthread_join(hs[i], 0);
        if (quick)
            return;
    }
}

static void join_all(pthread_t *hs, int n)
{
    for (int i = 0; i < n; i++)
        pthread_join(hs[i], 0);
}

static void wait_changed(pthread_t th)
{
    th = other;
    pthread_join(th, 0);
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t ta, tb, tc, td, te;
    pthread_create(&ta, 0, wa, 0);
    wait_for(ta);
    a = 2;
    pthread_create(&tb, 0, wb, 0);
    wait_ptr(&tb);
    b = 2;
    pthread_create(&other, 0, wa, 0);
    pthread_create(&tc, 0, wc, 0);
    wait_other(tc);
    c = 2;
    pthread_create(&td, 0, wd, 0);
    wait_maybe(td, argc > 1);
    d = 2;
    pthread_create(&te, 0, we, 0);
    wait_changed(te);
    e = 2;
    pthread_t tf[3], tg[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&tf[i], 0, wf, &f[i]);
    join_all(tf, 3);
    f[0] = f[1] + f[2];
    for (int i = 0; i < 3; i++)
        pthread_create(&tg[i], 0, wg, &g[i]);
    join_all(tg, 2);
    g[0] = g[1] + g[2];
    pthread_join(tg[2], 0);
    pthread_t th, tq[2];
    pthread_create(&th, 0, wh, 0);
    join_swapped(&th, &other);
    h = 2;
    for (int i = 0; i < 2; i++)
        pthread_create(&tq[i], 0, wq, &q[i]);
    join_quick(tq, 2, argc > 1);
    q[1] = 3;
    pthread_join(tc, 0);
    pthread_join(td, 0);
    pthread_join(te, 0);
    return 0;
}
