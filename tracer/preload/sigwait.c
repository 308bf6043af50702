/* Interposers for waits for a signal: sigsuspend, pause, sigwait, sigwaitinfo, sigtimedwait. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define SIGWAIT_SYMS(X) X(sigsuspend) X(pause) X(sigwait) X(sigwaitinfo) X(sigtimedwait)
SIGWAIT_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_sigwait(void)
{
    SIGWAIT_SYMS(WEFT_REAL_RESOLVE)
}

/* The first 64 signals of a set (all Linux has): obj of the event, 0 without a set. */
static uint64_t set_bits(const sigset_t *set)
{
    uint64_t w = 0;

    if (set)
        memcpy(&w, set, sizeof w < sizeof *set ? sizeof w : sizeof *set);
    return w;
}

static uint64_t ts_ns(const struct timespec *t)
{
    return t ? (uint64_t)t->tv_sec * 1000000000ull + (uint64_t)t->tv_nsec : 0;
}

/*
 * obj = the signal set (the mask sigsuspend waits under, the set sigwait* waits for),
 * obj2 = the signal taken (sigwait) or the timeout (sigtimedwait), ret = what the call
 * returned.  err: the error number, 0 on success.
 */
static void sig_end(const struct weft__call *c, unsigned call, uint64_t set, uint64_t obj2,
                    int64_t r, int err, uint64_t site)
{
    struct weft_event ev = {.fd_kind = WEFT_FD_NONE};

    ev.u.e.obj = set;
    ev.u.e.obj2 = obj2;
    ev.u.e.site = site;
    weft__finish(c, call, r, err, 0, &ev, 0, NULL, NULL);
}

/* Returns only when a handler ran: always -1 with EINTR (not an error, weft_call_failed). */
WEFT_EXPORT int sigsuspend(const sigset_t *mask)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return REAL(sigsuspend)(mask);
    weft__begin(&c, WEFT_CALL_SIGSUSPEND, set_bits(mask), 0, WEFT_SITE(), WEFT_FD_NONE);
    r = REAL(sigsuspend)(mask);
    sig_end(&c, WEFT_CALL_SIGSUSPEND, set_bits(mask), 0, r, r < 0 ? errno : 0, WEFT_SITE());
    return r;
}

WEFT_EXPORT int pause(void)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return REAL(pause)();
    weft__begin(&c, WEFT_CALL_PAUSE, 0, 0, WEFT_SITE(), WEFT_FD_NONE);
    r = REAL(pause)();
    sig_end(&c, WEFT_CALL_PAUSE, 0, 0, r, r < 0 ? errno : 0, WEFT_SITE());
    return r;
}

/* Returns an error number, not -1/errno; obj2 = the signal taken. */
WEFT_EXPORT int sigwait(const sigset_t *restrict set, int *restrict sig)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return REAL(sigwait)(set, sig);
    weft__begin(&c, WEFT_CALL_SIGWAIT, set_bits(set), 0, WEFT_SITE(), WEFT_FD_NONE);
    r = REAL(sigwait)(set, sig);
    sig_end(&c, WEFT_CALL_SIGWAIT, set_bits(set), r == 0 ? (uint64_t)*sig : 0, r, r,
            WEFT_SITE());
    return r;
}

/* ret = the signal taken. */
WEFT_EXPORT int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict info)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return REAL(sigwaitinfo)(set, info);
    weft__begin(&c, WEFT_CALL_SIGWAITINFO, set_bits(set), 0, WEFT_SITE(), WEFT_FD_NONE);
    r = REAL(sigwaitinfo)(set, info);
    sig_end(&c, WEFT_CALL_SIGWAITINFO, set_bits(set), 0, r, r < 0 ? errno : 0, WEFT_SITE());
    return r;
}

/* ret = the signal taken; EAGAIN when the time ran out (not an error, weft_call_failed). */
WEFT_EXPORT int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info,
                             const struct timespec *restrict t)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return REAL(sigtimedwait)(set, info, t);
    weft__begin(&c, WEFT_CALL_SIGTIMEDWAIT, set_bits(set), ts_ns(t), WEFT_SITE(), WEFT_FD_NONE);
    r = REAL(sigtimedwait)(set, info, t);
    sig_end(&c, WEFT_CALL_SIGTIMEDWAIT, set_bits(set), ts_ns(t), r, r < 0 ? errno : 0,
            WEFT_SITE());
    return r;
}
