// A function that starts a thread and says by what it returns whether it did (a driver's
// probe, if (probe() == 0) ... disconnect()): a branch on that value has only the callee's
// paths whose value takes it, so the thread runs only where the value says it started. The
// forms: the call tested directly (== != < <= > >= a signed literal, !, alone, written out),
// a local given the call's value by the statement just before, a pointer tested for null,
// and a create's own result (0 started it, an error number did not). A return whose value is
// not a literal (return r;), a result converted before the test (or by an unsigned literal),
// a test through a macro's body, or a local changed in between gives both branches every
// path.
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

extern int __VERIFIER_nondet_int(void);

static int a, b, c, d, e, f, g, h, i, j, obj;
static pthread_t ta, tc, td, te, tf, tg, th, ti, tj;

#define IS_OK(r) (/* r < 0 is an error */ (r) == 0)

static void *wa(void *arg) { (void)arg; a = 1; return NULL; } // NORACE
static void *wb(void *arg) { (void)arg; b = 1; return NULL; } // NORACE
static void *wc(void *arg) { (void)arg; c = 1; return NULL; } // NORACE
static void *wd(void *arg) { (void)arg; d = 1; return NULL; } // NORACE
static void *we(void *arg) { (void)arg; e = 1; return NULL; } // RACE
static void *wf(void *arg) { (void)arg; f = 1; return NULL; } // RACE
static void *wg(void *arg) { (void)arg; g = 1; return NULL; } // RACE
static void *wh(void *arg) { (void)arg; h = 1; return NULL; } // RACE
static void *wi(void *arg) { (void)arg; i = 1; return NULL; } // RACE
static void *wj(void *arg) { (void)arg; j = 1; return NULL; } // RACE

static int probe_a(void)
{
    if (__VERIFIER_nondet_int())
        return -12;
    if (pthread_create(&ta, NULL, wa, NULL))
        goto fail;
    return 0;
fail:
    return -1;
}

static bool start_c(void)
{
    if (__VERIFIER_nondet_int())
        return false;
    pthread_create(&tc, NULL, wc, NULL);
    return true;
}

static int *open_d(void)
{
    if (__VERIFIER_nondet_int())
        return NULL;
    pthread_create(&td, NULL, wd, NULL);
    return &obj;
}

static int probe_e(void)
{
    pthread_create(&te, NULL, we, NULL);
    if (__VERIFIER_nondet_int())
        return -1; /* (fails after starting it: the thread runs on) */
    return 0;
}

static int probe_f(void)
{
    int r = __VERIFIER_nondet_int();
    if (r)
        pthread_create(&tf, NULL, wf, NULL);
    return r;
}

static int probe_g(void)
{
    if (__VERIFIER_nondet_int())
        return 1;
    pthread_create(&tg, NULL, wg, NULL);
    return 256;
}

static int probe_i(void)
{
    pthread_create(&ti, NULL, wi, NULL);
    return -1;
}

static int probe_j(void)
{
    if (__VERIFIER_nondet_int())
        return -1;
    pthread_create(&tj, NULL, wj, NULL);
    return 0;
}

static int probe_h(void)
{
    pthread_create(&th, NULL, wh, NULL);
    return 0;
}

int main(void)
{
    int ret;
    ret = probe_a();
    if (ret < 0)
        goto skip_a;
    pthread_join(ta, NULL);
skip_a:
    a = 2; // NORACE: joined where it started

    pthread_t tb;
    if (pthread_create(&tb, NULL, wb, NULL) != 0)
        b = 2; // NORACE: not started
    else
        pthread_join(tb, NULL);

    if (!start_c())
        c = 2; // NORACE
    else
        pthread_join(tc, NULL);

    int *p = open_d();
    if (p == NULL)
        d = 2; // NORACE
    else
        pthread_join(td, NULL);

    if (probe_e() != 0)
        e = 2; // RACE: started, then failed
    else
        pthread_join(te, NULL);

    if (probe_f() == 0)
        f = 2; // RACE: r is not a literal
    else
        return 0;

    if ((unsigned char)probe_g() == 0)
        g = 2; // RACE: 256 converted is 0
    else
        return 0;

    if (probe_i() < 0u) /* (unsigned: -1 is UINT_MAX, never below 0) */
        pthread_join(ti, NULL);
    else
        i = 2; // RACE

    if (IS_OK(probe_j()))
        j = 2; // RACE: the operator in force is ==, not the comment's <

    ret = probe_h();
    ret = __VERIFIER_nondet_int();
    if (ret != 0)
        h = 2; // RACE: ret is another value by then
    return 0;
}
