/* Interposers for C11 <threads.h> mutexes, condition variables and joins (glibc does not route them through pthread_*). */
#define _GNU_SOURCE
#include <pthread.h>
#include <threads.h>

#include "lockfast.h"

#define C11_SYMS(X)                                                                     \
    X(mtx_lock) X(mtx_timedlock) X(mtx_trylock) X(mtx_unlock) X(cnd_wait) X(cnd_timedwait) \
    X(cnd_signal) X(cnd_broadcast) X(thrd_join)
C11_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_c11(void)
{
    C11_SYMS(WEFT_REAL_RESOLVE)
}



#define ADDR(p) ((uint64_t)(uintptr_t)(p))
/* mtx_t wraps a pthread mutex; its owner tells who holds it. */
#define MTX_OWNER(m) ((uint32_t)((pthread_mutex_t *)(m))->__data.__owner)

static int mtx_wait(mtx_t *m, const struct timespec *abs, unsigned call, uint64_t site)
{
    uint32_t holder;
    uint64_t t0;
    int r = REAL(mtx_trylock)(m), own;

    if (WEFT_LIKELY(r == thrd_success)) {
        weft__lock_acquired(ADDR(m), call, site, 1);
        return r;
    }
    if (r != thrd_busy)
        return r;
    holder = MTX_OWNER(m);
    t0 = weft__now();
    own = weft__inflight_begin(call, t0, ADDR(m), 0, site, holder, 0);
    r = abs ? REAL(mtx_timedlock)(m, abs) : REAL(mtx_lock)(m);
    weft__lock_waited(ADDR(m), call, site, holder, t0, weft__now(),
                      r == thrd_success ? 0 : (r == thrd_timedout ? ETIMEDOUT : EINVAL),
                      r == thrd_success, own);
    return r;
}

WEFT_EXPORT int mtx_lock(mtx_t *m)
{
    if (!weft__on())
        return REAL(mtx_lock)(m);
    return mtx_wait(m, NULL, WEFT_CALL_MTX_LOCK, WEFT_SITE());
}

WEFT_EXPORT int mtx_timedlock(mtx_t *restrict m, const struct timespec *restrict abs)
{
    if (!weft__on())
        return REAL(mtx_timedlock)(m, abs);
    return mtx_wait(m, abs, WEFT_CALL_MTX_TIMEDLOCK, WEFT_SITE());
}

WEFT_EXPORT int mtx_trylock(mtx_t *m)
{
    int r = REAL(mtx_trylock)(m);

    if (r == thrd_success && weft__on())
        weft__lock_acquired(ADDR(m), WEFT_CALL_MTX_TRYLOCK, WEFT_SITE(), 1);
    return r;
}

WEFT_EXPORT int mtx_unlock(mtx_t *m)
{
    int r = REAL(mtx_unlock)(m); /* bookkeeping outside the critical section */

    if (weft__t.depth != 0 && weft__on())
        weft__lock_released(ADDR(m));
    return r;
}

static int cnd_event(const struct weft__call *c, unsigned call, cnd_t *cond, mtx_t *m,
                     uint64_t site, int r)
{
    struct weft_event ev = {0};
    int err = r == thrd_success ? 0 : (r == thrd_timedout ? ETIMEDOUT : EINVAL);

    ev.u.e.obj = ADDR(cond);
    ev.u.e.obj2 = ADDR(m);
    ev.u.e.site = site;
    weft__finish(c, call, err, err, 0, &ev, 1, NULL, NULL);
    if (r != thrd_error)
        weft__lock_acquired(ADDR(m), WEFT_CALL_MTX_LOCK, site, 1);
    return r;
}

WEFT_EXPORT int cnd_wait(cnd_t *cond, mtx_t *m)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(cnd_wait)(cond, m);
    weft__lock_released(ADDR(m));
    weft__begin(&c, WEFT_CALL_CND_WAIT, ADDR(cond), ADDR(m), WEFT_SITE(), 0);
    return cnd_event(&c, WEFT_CALL_CND_WAIT, cond, m, WEFT_SITE(), REAL(cnd_wait)(cond, m));
}

WEFT_EXPORT int cnd_timedwait(cnd_t *restrict cond, mtx_t *restrict m,
                              const struct timespec *restrict abs)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(cnd_timedwait)(cond, m, abs);
    weft__lock_released(ADDR(m));
    weft__begin(&c, WEFT_CALL_CND_TIMEDWAIT, ADDR(cond), ADDR(m), WEFT_SITE(), 0);
    return cnd_event(&c, WEFT_CALL_CND_TIMEDWAIT, cond, m, WEFT_SITE(),
                     REAL(cnd_timedwait)(cond, m, abs));
}

WEFT_EXPORT int cnd_signal(cnd_t *cond)
{
    if (weft__on())
        weft__count_only(WEFT_CALL_CND_SIGNAL);
    return REAL(cnd_signal)(cond);
}

WEFT_EXPORT int cnd_broadcast(cnd_t *cond)
{
    if (weft__on())
        weft__count_only(WEFT_CALL_CND_BROADCAST);
    return REAL(cnd_broadcast)(cond);
}

WEFT_EXPORT int thrd_join(thrd_t t, int *res)
{
    struct weft__call c;
    struct weft_event ev = {0};
    int r;

    if (!weft__on())
        return REAL(thrd_join)(t, res);
    ev.u.e.obj2 = (uint64_t)t;
    ev.u.e.site = WEFT_SITE();
    weft__begin(&c, WEFT_CALL_THRD_JOIN, weft__idmap_get(&weft__thread_tids, (uint64_t)t),
                (uint64_t)t, ev.u.e.site, 0);
    r = REAL(thrd_join)(t, res);
    /* Looked up after: the thread registers itself when it starts, maybe after we began. */
    ev.u.e.obj = weft__idmap_get(&weft__thread_tids, (uint64_t)t);
    weft__finish(&c, WEFT_CALL_THRD_JOIN, r, r == thrd_success ? 0 : EINVAL, 0, &ev, 1, NULL,
                 NULL);
    return r;
}
