/* Interposers for sleeps: nanosleep, clock_nanosleep, usleep, sleep (obj = the requested ns). */
#define _GNU_SOURCE
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define SLEEP_SYMS(X) X(nanosleep) X(clock_nanosleep) X(usleep) X(sleep)
SLEEP_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_sleep(void)
{
    SLEEP_SYMS(WEFT_REAL_RESOLVE)
}

static void sleep_end(const struct weft__call *c, unsigned call, uint64_t req, int64_t r,
                      int err, uint64_t site)
{
    struct weft_event ev = {0};

    ev.u.e.obj = req;
    ev.u.e.site = site;
    weft__finish(c, call, r, err, 0, &ev, 0, NULL, NULL);
}

static uint64_t ts_ns(const struct timespec *t)
{
    return t ? (uint64_t)t->tv_sec * 1000000000ull + (uint64_t)t->tv_nsec : 0;
}

WEFT_EXPORT int nanosleep(const struct timespec *req, struct timespec *rem)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return REAL(nanosleep)(req, rem);
    weft__begin(&c, WEFT_CALL_NANOSLEEP, ts_ns(req), 0, WEFT_SITE(), 0);
    r = REAL(nanosleep)(req, rem);
    sleep_end(&c, WEFT_CALL_NANOSLEEP, ts_ns(req), r, r < 0 ? errno : 0, WEFT_SITE());
    return r;
}

/* Returns an error number, not -1/errno; TIMER_ABSTIME requests are recorded as given. */
WEFT_EXPORT int clock_nanosleep(clockid_t clk, int flags, const struct timespec *req,
                                struct timespec *rem)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return REAL(clock_nanosleep)(clk, flags, req, rem);
    weft__begin(&c, WEFT_CALL_CLOCK_NANOSLEEP, ts_ns(req), 0, WEFT_SITE(), 0);
    r = REAL(clock_nanosleep)(clk, flags, req, rem);
    sleep_end(&c, WEFT_CALL_CLOCK_NANOSLEEP, ts_ns(req), r, r, WEFT_SITE());
    return r;
}

WEFT_EXPORT int usleep(useconds_t us)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return REAL(usleep)(us);
    weft__begin(&c, WEFT_CALL_USLEEP, (uint64_t)us * 1000u, 0, WEFT_SITE(), 0);
    r = REAL(usleep)(us);
    sleep_end(&c, WEFT_CALL_USLEEP, (uint64_t)us * 1000u, r, r < 0 ? errno : 0, WEFT_SITE());
    return r;
}

WEFT_EXPORT unsigned sleep(unsigned s)
{
    struct weft__call c;
    unsigned r;

    if (!weft__on())
        return REAL(sleep)(s);
    weft__begin(&c, WEFT_CALL_SLEEP, (uint64_t)s * 1000000000ull, 0, WEFT_SITE(), 0);
    r = REAL(sleep)(s);
    /* A nonzero return means a signal cut the sleep short. */
    sleep_end(&c, WEFT_CALL_SLEEP, (uint64_t)s * 1000000000ull, r, r ? EINTR : 0, WEFT_SITE());
    return r;
}
