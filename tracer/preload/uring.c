/* Interposer for syscall(), for the one call programs make through it that waits: io_uring_enter. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"

#ifndef SYS_io_uring_enter
#define SYS_io_uring_enter 426
#endif

#define URING_SYMS(X) X(syscall)
URING_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_uring(void)
{
    URING_SYMS(WEFT_REAL_RESOLVE)
}

/*
 * io_uring has no glibc wrapper: a program without liburing (or with a liburing built to
 * call syscall(), as on architectures it has no inline system calls for) enters the ring
 * through syscall(SYS_io_uring_enter, fd, to_submit, min_complete, flags, arg, argsz).
 * Every other number goes straight through (so do our own syscall() calls): one compare.
 * Like glibc's, this reads six argument words whatever the caller passed.
 *
 * obj = the ring's fd, obj2 = min_complete, ret = SQEs submitted.  Recorded
 * like a poll (category poll): it waits for completions when flags has GETEVENTS and
 * min_complete > 0, and a submission that takes long is work the kernel does for us too.
 */
WEFT_EXPORT long syscall(long nr, ...)
{
    struct weft__call c;
    va_list ap;
    long a[6], r;

    va_start(ap, nr);
    for (int i = 0; i < 6; i++)
        a[i] = va_arg(ap, long);
    va_end(ap);
    if (WEFT_LIKELY(nr != SYS_io_uring_enter) || !weft__on())
        return REAL(syscall)(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
    weft__begin(&c, WEFT_CALL_IO_URING_ENTER, (uint64_t)(int)a[0], (uint64_t)(unsigned)a[2],
                WEFT_SITE(), WEFT_FD_NONE);
    r = REAL(syscall)(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
    {
        struct weft_event ev = {.fd_kind = WEFT_FD_NONE};

        ev.u.e.obj = (uint64_t)(int)a[0];
        ev.u.e.obj2 = (uint64_t)(unsigned)a[2];
        ev.u.e.site = WEFT_SITE();
        weft__finish(&c, WEFT_CALL_IO_URING_ENTER, r, r < 0 ? errno : 0, 0, &ev, 0, NULL, NULL);
    }
    return r;
}
