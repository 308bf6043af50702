/* Interposers for event-loop waits: poll, ppoll, select, pselect, epoll_wait, epoll_pwait, epoll_pwait2. */
#define _GNU_SOURCE
#undef _FORTIFY_SOURCE /* we define poll and ppoll: their fortified inline versions must not exist here */
#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/select.h>

#include "internal.h"

#define POLL_SYMS(X)                                                                   \
    X(poll) X(ppoll) X(select) X(pselect) X(epoll_wait) X(epoll_pwait) X(epoll_pwait2) X(__poll_chk)      \
    X(__ppoll_chk) X(__poll)
/*
 * _FORTIFY_SOURCE's poll and ppoll (declared by glibc only under _FORTIFY_SOURCE), and
 * __poll, the old exported alias some libraries still import (libnsl on Debian 12).
 */
int __poll_chk(struct pollfd *fds, nfds_t n, int timeout, size_t fdslen);
int __ppoll_chk(struct pollfd *fds, nfds_t n, const struct timespec *t, const sigset_t *mask,
                size_t fdslen);
int __poll(struct pollfd *fds, nfds_t n, int timeout);
POLL_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_poll(void)
{
    POLL_SYMS(WEFT_REAL_RESOLVE)
}

/* obj = first fd (or the epoll fd), obj2 = number of fds, ret = ready count. */
static int poll_end(const struct weft__call *c, unsigned call, int64_t obj, uint64_t n,
                    uint16_t kind, int r, uint64_t site)
{
    struct weft_event ev = {.fd_kind = kind};

    ev.u.e.obj = (uint64_t)obj;
    ev.u.e.obj2 = n;
    ev.u.e.site = site;
    weft__finish(c, call, r, r < 0 ? errno : 0, 0, &ev, 0, NULL, NULL);
    return r;
}

/*
 * The first fd of the list.  glibc's fortified headers declare poll's fds write-only,
 * so a read before the call would warn as uninitialized: the empty asm hides that.
 */
static int first_pollfd(struct pollfd *fds, nfds_t n)
{
    __asm__("" : "+r"(fds));
    return n ? fds[0].fd : -1;
}

/*
 * poll and its variants, recorded alike.  `untraced`: go straight to libc (the
 * fortified ones pass a list longer than its buffer through, so glibc aborts exactly as
 * untraced and no poll is left in flight).
 */
#define POLL_WRAP_IF(untraced, name, CALL, params, args)                                \
    WEFT_EXPORT int name params                                                        \
    {                                                                                  \
        struct weft__call c;                                                           \
        int first;                                                                     \
        if (!weft__on() || (untraced))                                                 \
            return REAL(name) args;                                                    \
        first = first_pollfd(fds, n);                                                  \
        weft__begin(&c, CALL, (uint64_t)(int64_t)first, n, WEFT_SITE(), 0);            \
        return poll_end(&c, CALL, first, n, WEFT_FD_NONE, REAL(name) args, WEFT_SITE()); \
    }

POLL_WRAP_IF(0, poll, WEFT_CALL_POLL, (struct pollfd *fds, nfds_t n, int timeout),
             (fds, n, timeout))
POLL_WRAP_IF(0, __poll, WEFT_CALL_POLL, (struct pollfd *fds, nfds_t n, int timeout),
             (fds, n, timeout))
POLL_WRAP_IF(0, ppoll, WEFT_CALL_PPOLL,
             (struct pollfd *fds, nfds_t n, const struct timespec *t, const sigset_t *mask),
             (fds, n, t, mask))
POLL_WRAP_IF(fdslen / sizeof *fds < n, __poll_chk, WEFT_CALL_POLL,
             (struct pollfd *fds, nfds_t n, int timeout, size_t fdslen),
             (fds, n, timeout, fdslen))
POLL_WRAP_IF(fdslen / sizeof *fds < n, __ppoll_chk, WEFT_CALL_PPOLL,
             (struct pollfd *fds, nfds_t n, const struct timespec *t, const sigset_t *mask,
              size_t fdslen),
             (fds, n, t, mask, fdslen))

/* select has no list of fds: obj is the lowest fd in any set, obj2 is nfds. */
static int first_fd(int n, fd_set *r, fd_set *w, fd_set *e)
{
    int fd;

    for (fd = 0; fd < n && fd < FD_SETSIZE; fd++)
        if ((r && FD_ISSET(fd, r)) || (w && FD_ISSET(fd, w)) || (e && FD_ISSET(fd, e)))
            return fd;
    return -1;
}

WEFT_EXPORT int select(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
                       struct timeval *restrict t)
{
    struct weft__call c;
    int first;

    if (!weft__on())
        return REAL(select)(n, r, w, e, t);
    first = first_fd(n, r, w, e);
    weft__begin(&c, WEFT_CALL_SELECT, (uint64_t)(int64_t)first, (uint64_t)n, WEFT_SITE(), 0);
    return poll_end(&c, WEFT_CALL_SELECT, first, (uint64_t)n, WEFT_FD_NONE,
                    REAL(select)(n, r, w, e, t), WEFT_SITE());
}

WEFT_EXPORT int pselect(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
                        const struct timespec *restrict t, const sigset_t *restrict mask)
{
    struct weft__call c;
    int first;

    if (!weft__on())
        return REAL(pselect)(n, r, w, e, t, mask);
    first = first_fd(n, r, w, e);
    weft__begin(&c, WEFT_CALL_PSELECT, (uint64_t)(int64_t)first, (uint64_t)n, WEFT_SITE(), 0);
    return poll_end(&c, WEFT_CALL_PSELECT, first, (uint64_t)n, WEFT_FD_NONE,
                    REAL(pselect)(n, r, w, e, t, mask), WEFT_SITE());
}

WEFT_EXPORT int epoll_wait(int ep, struct epoll_event *ev, int max, int timeout)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(epoll_wait)(ep, ev, max, timeout);
    weft__begin(&c, WEFT_CALL_EPOLL_WAIT, (uint64_t)ep, (uint64_t)max, WEFT_SITE(), WEFT_FD_EPOLL);
    return poll_end(&c, WEFT_CALL_EPOLL_WAIT, ep, (uint64_t)max, WEFT_FD_EPOLL,
                    REAL(epoll_wait)(ep, ev, max, timeout), WEFT_SITE());
}

WEFT_EXPORT int epoll_pwait(int ep, struct epoll_event *ev, int max, int timeout,
                            const sigset_t *mask)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(epoll_pwait)(ep, ev, max, timeout, mask);
    weft__begin(&c, WEFT_CALL_EPOLL_PWAIT, (uint64_t)ep, (uint64_t)max, WEFT_SITE(), WEFT_FD_EPOLL);
    return poll_end(&c, WEFT_CALL_EPOLL_PWAIT, ep, (uint64_t)max, WEFT_FD_EPOLL,
                    REAL(epoll_pwait)(ep, ev, max, timeout, mask), WEFT_SITE());
}

/* glibc 2.35: a timespec timeout.  Not found (an older glibc): no program can call it. */
WEFT_EXPORT int epoll_pwait2(int ep, struct epoll_event *ev, int max, const struct timespec *t,
                             const sigset_t *mask)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(epoll_pwait2)(ep, ev, max, t, mask);
    weft__begin(&c, WEFT_CALL_EPOLL_PWAIT2, (uint64_t)ep, (uint64_t)max, WEFT_SITE(), WEFT_FD_EPOLL);
    return poll_end(&c, WEFT_CALL_EPOLL_PWAIT2, ep, (uint64_t)max, WEFT_FD_EPOLL,
                    REAL(epoll_pwait2)(ep, ev, max, t, mask), WEFT_SITE());
}
