/* Interposers for in-kernel copies between fds: sendfile, splice, tee, copy_file_range. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include "internal.h"

#define TRANSFER_SYMS(X) X(sendfile) X(sendfile64) X(splice) X(tee) X(copy_file_range)
TRANSFER_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_transfer(void)
{
    TRANSFER_SYMS(WEFT_REAL_RESOLVE)
}

/*
 * obj = the fd the copy goes to or comes from that decides what it waits for, obj2 = the
 * other one, ret = bytes moved.  `kind`: WEFT__FD_LOOKUP (obj's kind) or
 * WEFT__FD_LOOKUP_PAIR (obj's, or obj2's when obj is a pipe: splice and sendfile wait on
 * the socket or file at the other end of a pipe).  Like every fd call, classified only
 * when it was long enough to be an event.
 */
static ssize_t copy_end(const struct weft__call *c, unsigned call, int obj, int obj2,
                        uint16_t kind, ssize_t r, uint64_t site)
{
    struct weft_event ev = {.fd_kind = kind};

    ev.u.e.obj = (uint64_t)obj;
    ev.u.e.obj2 = (uint64_t)obj2;
    ev.u.e.site = site;
    weft__finish(c, call, r, r < 0 ? errno : 0, r > 0 ? (uint64_t)r : 0, &ev, 0, NULL, NULL);
    return r;
}

/* obj = out_fd (usually the socket a file is sent to), obj2 = in_fd. */
#define SENDFILE_WRAP(name, off_t_)                                                     \
    WEFT_EXPORT ssize_t name(int out, int in, off_t_ *off, size_t n)                    \
    {                                                                                  \
        struct weft__call c;                                                           \
        if (!weft__on())                                                               \
            return REAL(name)(out, in, off, n);                                        \
        weft__begin(&c, WEFT_CALL_SENDFILE, (uint64_t)out, (uint64_t)in, WEFT_SITE(),   \
                    weft__fd_kind_cached(out));                                        \
        return copy_end(&c, WEFT_CALL_SENDFILE, out, in, WEFT__FD_LOOKUP_PAIR,          \
                        REAL(name)(out, in, off, n), WEFT_SITE());                     \
    }
SENDFILE_WRAP(sendfile, off_t)
SENDFILE_WRAP(sendfile64, off64_t)

/* One end is a pipe: obj = fd_in, obj2 = fd_out, classified by the end that is not. */
WEFT_EXPORT ssize_t splice(int in, loff_t *off_in, int out, loff_t *off_out, size_t n,
                           unsigned int fl)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(splice)(in, off_in, out, off_out, n, fl);
    weft__begin(&c, WEFT_CALL_SPLICE, (uint64_t)in, (uint64_t)out, WEFT_SITE(),
                weft__fd_kind_cached(in));
    return copy_end(&c, WEFT_CALL_SPLICE, in, out, WEFT__FD_LOOKUP_PAIR,
                    REAL(splice)(in, off_in, out, off_out, n, fl), WEFT_SITE());
}

/* Pipe to pipe: obj = fd_in, obj2 = fd_out. */
WEFT_EXPORT ssize_t tee(int in, int out, size_t n, unsigned int fl)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(tee)(in, out, n, fl);
    weft__begin(&c, WEFT_CALL_TEE, (uint64_t)in, (uint64_t)out, WEFT_SITE(),
                weft__fd_kind_cached(in));
    return copy_end(&c, WEFT_CALL_TEE, in, out, WEFT__FD_LOOKUP, REAL(tee)(in, out, n, fl),
                    WEFT_SITE());
}

/* File to file: obj = fd_in, obj2 = fd_out. */
WEFT_EXPORT ssize_t copy_file_range(int in, off64_t *off_in, int out, off64_t *off_out,
                                    size_t n, unsigned int fl)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(copy_file_range)(in, off_in, out, off_out, n, fl);
    weft__begin(&c, WEFT_CALL_COPY_FILE_RANGE, (uint64_t)in, (uint64_t)out, WEFT_SITE(),
                weft__fd_kind_cached(in));
    return copy_end(&c, WEFT_CALL_COPY_FILE_RANGE, in, out, WEFT__FD_LOOKUP,
                    REAL(copy_file_range)(in, off_in, out, off_out, n, fl), WEFT_SITE());
}
