/* Thread lifecycle: pthread_create/thrd_create trampolines (start and end records), joins, pthread_exit. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

#include "internal.h"

#define THREAD_SYMS(X)                                                                  \
    X(pthread_create) X(pthread_join) X(pthread_exit) X(thrd_create) X(thrd_exit)         \
    X(pthread_timedjoin_np) X(pthread_clockjoin_np)
THREAD_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_threads(void)
{
    THREAD_SYMS(WEFT_REAL_RESOLVE)
}

/* What the new thread needs to start traced; freed by the new thread. */
struct start {
    void *(*fn)(void *);
    thrd_start_t c11_fn;
    void *arg;
    int creator_tid;
};

static void begin_thread(struct start *s, uint64_t routine)
{
    weft__t.start_routine = routine;
    weft__t.creator_tid = (uint64_t)s->creator_tid;
    (void)weft__thread_begin(0); /* the ring and thread_start record, at the real start */
}

static void *trampoline(void *p)
{
    struct start s = *(struct start *)p;
    void *ret;

    free(p);
    begin_thread(&s, (uint64_t)(uintptr_t)s.fn);
    ret = s.fn(s.arg);
    weft__thread_finish(1); /* pthread_exit finishes in its own wrapper */
    return ret;
}

static int c11_trampoline(void *p)
{
    struct start s = *(struct start *)p;
    int ret;

    free(p);
    begin_thread(&s, (uint64_t)(uintptr_t)s.c11_fn);
    ret = s.c11_fn(s.arg);
    weft__thread_finish(1);
    return ret;
}

static struct start *new_start(void *arg)
{
    struct start *s;

    weft__t.guard++;
    s = calloc(1, sizeof *s);
    weft__t.guard--;
    if (s) {
        s->arg = arg;
        s->creator_tid = weft__t.tid ? weft__t.tid : weft__gettid();
    }
    return s;
}

WEFT_EXPORT int pthread_create(pthread_t *restrict t, const pthread_attr_t *restrict attr,
                               void *(*fn)(void *), void *restrict arg)
{
    struct start *s;
    int r;

    if (!weft__on() || !(s = new_start(arg)))
        return REAL(pthread_create)(t, attr, fn, arg);
    s->fn = fn;
    r = REAL(pthread_create)(t, attr, trampoline, s);
    if (r != 0)
        free(s);
    /* The new tid is not known yet without waiting; thread_start carries the creator. */
    weft__instant(WEFT_CALL_PTHREAD_CREATE, (uint64_t)(uintptr_t)fn, 0, r, 0, WEFT_SITE(), NULL);
    return r;
}

WEFT_EXPORT int thrd_create(thrd_t *t, thrd_start_t fn, void *arg)
{
    struct start *s;
    int r;

    if (!weft__on() || !(s = new_start(arg)))
        return REAL(thrd_create)(t, fn, arg);
    s->c11_fn = fn;
    r = REAL(thrd_create)(t, c11_trampoline, s);
    if (r != thrd_success)
        free(s);
    weft__instant(WEFT_CALL_THRD_CREATE, (uint64_t)(uintptr_t)fn, 0, r, 0, WEFT_SITE(), NULL);
    return r;
}

/* A join of any flavour: `join` does the real call; obj = joined tid, obj2 = pthread_t. */
static int join_common(pthread_t t, uint64_t site, int (*join)(pthread_t, void **, const void *),
                       void **ret, const void *ctx)
{
    struct weft__call c;
    struct weft_event ev = {0};
    int r;

    ev.u.e.obj2 = (uint64_t)t;
    ev.u.e.site = site;
    weft__begin(&c, WEFT_CALL_PTHREAD_JOIN, weft__idmap_get(&weft__thread_tids, (uint64_t)t),
                (uint64_t)t, site, 0);
    r = join(t, ret, ctx);
    /* Looked up after: the thread registers itself when it starts, maybe after we began. */
    ev.u.e.obj = weft__idmap_get(&weft__thread_tids, (uint64_t)t);
    weft__finish(&c, WEFT_CALL_PTHREAD_JOIN, r, r, 0, &ev, 1, NULL, NULL);
    return r;
}

struct join_deadline {
    clockid_t clk;
    const struct timespec *abs;
};

static int call_join(pthread_t t, void **ret, const void *ctx)
{
    (void)ctx;
    return REAL(pthread_join)(t, ret);
}

static int call_timedjoin(pthread_t t, void **ret, const void *ctx)
{
    return REAL(pthread_timedjoin_np)(t, ret, ((const struct join_deadline *)ctx)->abs);
}

static int call_clockjoin(pthread_t t, void **ret, const void *ctx)
{
    const struct join_deadline *d = ctx;
    return REAL(pthread_clockjoin_np)(t, ret, d->clk, d->abs);
}

WEFT_EXPORT int pthread_join(pthread_t t, void **ret)
{
    if (!weft__on())
        return REAL(pthread_join)(t, ret);
    return join_common(t, WEFT_SITE(), call_join, ret, NULL);
}

WEFT_EXPORT int pthread_timedjoin_np(pthread_t t, void **ret, const struct timespec *abs)
{
    struct join_deadline d = {CLOCK_REALTIME, abs};

    if (!weft__on())
        return REAL(pthread_timedjoin_np)(t, ret, abs);
    return join_common(t, WEFT_SITE(), call_timedjoin, ret, &d);
}

WEFT_EXPORT int pthread_clockjoin_np(pthread_t t, void **ret, clockid_t clk,
                                     const struct timespec *abs)
{
    struct join_deadline d = {clk, abs};

    if (!weft__on())
        return REAL(pthread_clockjoin_np)(t, ret, clk, abs);
    return join_common(t, WEFT_SITE(), call_clockjoin, ret, &d);
}

WEFT_EXPORT void pthread_exit(void *ret)
{
    /* A child made without our fork handlers is adopted first: the ring it ends is its own. */
    if (weft__p.active && (weft__armed.on || weft__adopt()))
        weft__thread_finish(1);
    REAL(pthread_exit)(ret);
    __builtin_unreachable();
}

WEFT_EXPORT void thrd_exit(int ret)
{
    /* A child made without our fork handlers is adopted first: the ring it ends is its own. */
    if (weft__p.active && (weft__armed.on || weft__adopt()))
        weft__thread_finish(1);
    REAL(thrd_exit)(ret);
    __builtin_unreachable();
}
