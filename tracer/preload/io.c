/* Interposers for blocking fd I/O: every call counted, calls that blocked past the threshold recorded. */
#define _GNU_SOURCE
#undef _FORTIFY_SOURCE /* we define read, open, ...: their fortified inline versions must not exist here */
#include <arpa/inet.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#include "internal.h"

#define IO_SYMS(X)                                                                      \
    X(read) X(write) X(pread) X(pwrite) X(pread64) X(pwrite64) X(readv) X(writev) X(recv) \
    X(send) X(recvfrom) X(sendto) X(recvmsg) X(sendmsg) X(accept) X(accept4) X(connect)   \
    X(fsync) X(fdatasync) X(open) X(open64) X(openat) X(openat64) FORTIFY_IO_SYMS(X)

/*
 * The _FORTIFY_SOURCE entry points that stand for a blocking call of ours: a program
 * built with -O2 -D_FORTIFY_SOURCE calls these instead of read, open, ... when the
 * buffer size or the open flags are not known to be safe at compile time.  glibc's
 * headers declare them only under _FORTIFY_SOURCE, so here they are.
 */
#define FORTIFY_IO_SYMS(X)                                                              \
    X(__read_chk) X(__pread_chk) X(__pread64_chk) X(__recv_chk) X(__recvfrom_chk)       \
    X(__open_2) X(__open64_2) X(__openat_2) X(__openat64_2)
ssize_t __read_chk(int fd, void *buf, size_t n, size_t buflen);
ssize_t __pread_chk(int fd, void *buf, size_t n, off_t off, size_t buflen);
ssize_t __pread64_chk(int fd, void *buf, size_t n, off64_t off, size_t buflen);
ssize_t __recv_chk(int fd, void *buf, size_t n, size_t buflen, int flags);
ssize_t __recvfrom_chk(int fd, void *restrict buf, size_t n, size_t buflen, int flags,
                       struct sockaddr *restrict a, socklen_t *restrict al);
int __open_2(const char *path, int flags);
int __open64_2(const char *path, int flags);
int __openat_2(int dirfd, const char *path, int flags);
int __openat64_2(int dirfd, const char *path, int flags);
IO_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_io(void)
{
    IO_SYMS(WEFT_REAL_RESOLVE)
}

/* Ends an fd call: bytes are counted when r > 0 and `moves` says r is a byte count. */
static void io_end(const struct weft__call *c, unsigned call, int fd, ssize_t r, int moves,
                   uint64_t site, uint64_t obj2, weft__textfn tf, const void *ctx)
{
    struct weft_event ev = {.fd_kind = WEFT__FD_LOOKUP};

    ev.u.e.obj = (uint64_t)fd;
    ev.u.e.obj2 = obj2;
    ev.u.e.site = site;
    weft__finish(c, call, r, r < 0 ? errno : 0, moves && r > 0 ? (uint64_t)r : 0, &ev, 0, tf,
                 ctx);
}

/*
 * `untraced`: a condition under which the call goes straight to libc.  The fortified
 * variants pass a call that fails its check through untouched, so it aborts exactly as
 * it would untraced, leaving no read in flight behind.
 */
#define IO_WRAP_IF(untraced, ret_t, name, CALL, params, args, fd)                       \
    WEFT_EXPORT ret_t name params                                                      \
    {                                                                                  \
        struct weft__call c;                                                           \
        ret_t r;                                                                       \
        if (!weft__on() || (untraced))                                                 \
            return REAL(name) args;                                                    \
        weft__begin(&c, CALL, (uint64_t)(fd), 0, WEFT_SITE(), weft__fd_kind_cached(fd)); \
        r = REAL(name) args;                                                           \
        io_end(&c, CALL, fd, r, 1, WEFT_SITE(), 0, NULL, NULL);                        \
        return r;                                                                      \
    }
#define IO_WRAP(ret_t, name, CALL, params, args, fd) IO_WRAP_IF(0, ret_t, name, CALL, params, args, fd)

IO_WRAP(ssize_t, read, WEFT_CALL_READ, (int fd, void *b, size_t n), (fd, b, n), fd)
IO_WRAP(ssize_t, write, WEFT_CALL_WRITE, (int fd, const void *b, size_t n), (fd, b, n), fd)
IO_WRAP(ssize_t, pread, WEFT_CALL_PREAD, (int fd, void *b, size_t n, off_t o), (fd, b, n, o), fd)
IO_WRAP(ssize_t, pwrite, WEFT_CALL_PWRITE, (int fd, const void *b, size_t n, off_t o),
        (fd, b, n, o), fd)
IO_WRAP(ssize_t, pread64, WEFT_CALL_PREAD, (int fd, void *b, size_t n, off64_t o), (fd, b, n, o),
        fd)
IO_WRAP(ssize_t, pwrite64, WEFT_CALL_PWRITE, (int fd, const void *b, size_t n, off64_t o),
        (fd, b, n, o), fd)
IO_WRAP(ssize_t, readv, WEFT_CALL_READV, (int fd, const struct iovec *v, int n), (fd, v, n), fd)
IO_WRAP(ssize_t, writev, WEFT_CALL_WRITEV, (int fd, const struct iovec *v, int n), (fd, v, n),
        fd)
IO_WRAP(ssize_t, recv, WEFT_CALL_RECV, (int fd, void *b, size_t n, int f), (fd, b, n, f), fd)
IO_WRAP(ssize_t, send, WEFT_CALL_SEND, (int fd, const void *b, size_t n, int f), (fd, b, n, f),
        fd)
IO_WRAP(ssize_t, recvfrom, WEFT_CALL_RECVFROM,
        (int fd, void *restrict b, size_t n, int f, struct sockaddr *restrict a,
         socklen_t *restrict al),
        (fd, b, n, f, a, al), fd)
IO_WRAP(ssize_t, sendto, WEFT_CALL_SENDTO,
        (int fd, const void *b, size_t n, int f, const struct sockaddr *a, socklen_t al),
        (fd, b, n, f, a, al), fd)
IO_WRAP(ssize_t, recvmsg, WEFT_CALL_RECVMSG, (int fd, struct msghdr *m, int f), (fd, m, f), fd)
IO_WRAP(ssize_t, sendmsg, WEFT_CALL_SENDMSG, (int fd, const struct msghdr *m, int f), (fd, m, f),
        fd)

/* Fortified reads: recorded as their plain counterparts; n > buflen is glibc's overflow abort. */
IO_WRAP_IF(n > bl, ssize_t, __read_chk, WEFT_CALL_READ, (int fd, void *b, size_t n, size_t bl),
           (fd, b, n, bl), fd)
IO_WRAP_IF(n > bl, ssize_t, __pread_chk, WEFT_CALL_PREAD,
           (int fd, void *b, size_t n, off_t o, size_t bl), (fd, b, n, o, bl), fd)
IO_WRAP_IF(n > bl, ssize_t, __pread64_chk, WEFT_CALL_PREAD,
           (int fd, void *b, size_t n, off64_t o, size_t bl), (fd, b, n, o, bl), fd)
IO_WRAP_IF(n > bl, ssize_t, __recv_chk, WEFT_CALL_RECV,
           (int fd, void *b, size_t n, size_t bl, int f), (fd, b, n, bl, f), fd)
IO_WRAP_IF(n > bl, ssize_t, __recvfrom_chk, WEFT_CALL_RECVFROM,
           (int fd, void *restrict b, size_t n, size_t bl, int f, struct sockaddr *restrict a,
            socklen_t *restrict al),
           (fd, b, n, bl, f, a, al), fd)

/* fsync/fdatasync move no bytes of their own: their return value is not a count. */
#define SYNC_WRAP(name, CALL)                                                           \
    WEFT_EXPORT int name(int fd)                                                       \
    {                                                                                  \
        struct weft__call c;                                                           \
        int r;                                                                         \
        if (!weft__on())                                                               \
            return REAL(name)(fd);                                                     \
        weft__begin(&c, CALL, (uint64_t)fd, 0, WEFT_SITE(), weft__fd_kind_cached(fd));  \
        r = REAL(name)(fd);                                                            \
        io_end(&c, CALL, fd, r, 0, WEFT_SITE(), 0, NULL, NULL);                        \
        return r;                                                                      \
    }

SYNC_WRAP(fsync, WEFT_CALL_FSYNC)
SYNC_WRAP(fdatasync, WEFT_CALL_FDATASYNC)

/* "1.2.3.4:80", "[::1]:80" or the unix path; only for events that are recorded. */
struct peer {
    const struct sockaddr *sa;
    socklen_t len;
    int fd; /* ask the kernel when sa is NULL */
};

static size_t peer_text(const void *ctx, char *buf, size_t cap)
{
    const struct peer *p = ctx;
    struct sockaddr_storage ss;
    const struct sockaddr *sa = p->sa;
    socklen_t len = p->len;
    char ip[INET6_ADDRSTRLEN];
    int n = 0;

    if (!sa) {
        len = sizeof ss;
        if (p->fd < 0 || getpeername(p->fd, (struct sockaddr *)&ss, &len) < 0)
            return 0;
        sa = (const struct sockaddr *)&ss;
    }
    if (sa->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in = (const void *)sa;
        inet_ntop(AF_INET, &in->sin_addr, ip, sizeof ip);
        n = snprintf(buf, cap, "%s:%u", ip, ntohs(in->sin_port));
    } else if (sa->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *in6 = (const void *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof ip);
        n = snprintf(buf, cap, "[%s]:%u", ip, ntohs(in6->sin6_port));
    } else if (sa->sa_family == AF_UNIX && len > offsetof(struct sockaddr_un, sun_path)) {
        const struct sockaddr_un *un = (const void *)sa;
        size_t max = len - offsetof(struct sockaddr_un, sun_path);
        n = snprintf(buf, cap, "%.*s", (int)strnlen(un->sun_path, max), un->sun_path);
    }
    return n > 0 ? ((size_t)n < cap ? (size_t)n : cap - 1) : 0;
}

WEFT_EXPORT int connect(int fd, const struct sockaddr *sa, socklen_t len)
{
    struct weft__call c;
    struct peer p = {sa, len, fd};
    int r;

    if (!weft__on())
        return REAL(connect)(fd, sa, len);
    weft__begin(&c, WEFT_CALL_CONNECT, (uint64_t)fd, 0, WEFT_SITE(), weft__fd_kind_cached(fd));
    r = REAL(connect)(fd, sa, len);
    io_end(&c, WEFT_CALL_CONNECT, fd, r, 0, WEFT_SITE(), 0, peer_text, &p);
    return r;
}

static int accept_end(const struct weft__call *c, unsigned call, int fd, int r,
                      struct sockaddr *sa, socklen_t *len, uint64_t site)
{
    struct peer p = {sa, len ? *len : 0, r};

    if (r >= 0)
        weft__fd_forget(r);
    io_end(c, call, fd, r, 0, site, r >= 0 ? (uint64_t)r : 0, r >= 0 ? peer_text : NULL, &p);
    return r;
}

WEFT_EXPORT int accept(int fd, struct sockaddr *restrict sa, socklen_t *restrict len)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(accept)(fd, sa, len);
    weft__begin(&c, WEFT_CALL_ACCEPT, (uint64_t)fd, 0, WEFT_SITE(), weft__fd_kind_cached(fd));
    return accept_end(&c, WEFT_CALL_ACCEPT, fd, REAL(accept)(fd, sa, len), sa, len, WEFT_SITE());
}

WEFT_EXPORT int accept4(int fd, struct sockaddr *restrict sa, socklen_t *restrict len, int fl)
{
    struct weft__call c;

    if (!weft__on())
        return REAL(accept4)(fd, sa, len, fl);
    weft__begin(&c, WEFT_CALL_ACCEPT4, (uint64_t)fd, 0, WEFT_SITE(), weft__fd_kind_cached(fd));
    return accept_end(&c, WEFT_CALL_ACCEPT4, fd, REAL(accept4)(fd, sa, len, fl), sa, len,
                      WEFT_SITE());
}

/* open/openat: obj = the new fd, obj2 = flags, text = the path. */
static size_t path_text(const void *ctx, char *buf, size_t cap)
{
    size_t n = strnlen(ctx, cap - 1);

    memcpy(buf, ctx, n);
    return n;
}

static int open_end(const struct weft__call *c, unsigned call, const char *path, int flags,
                    int r, uint64_t site)
{
    struct weft_event ev = {.fd_kind = WEFT__FD_LOOKUP};

    weft__fd_forget(r);
    ev.u.e.obj = (uint64_t)(int64_t)r;
    ev.u.e.obj2 = (uint64_t)flags;
    ev.u.e.site = site;
    if (r < 0)
        ev.fd_kind = WEFT_FD_NONE;
    weft__finish(c, call, r, r < 0 ? errno : 0, 0, &ev, 0, path ? path_text : NULL, path);
    return r;
}

/* The mode argument exists only with O_CREAT or O_TMPFILE. */
#define OPEN_MODE(flags, mode)                                                          \
    do {                                                                               \
        if ((flags) & (O_CREAT | __O_TMPFILE)) {                                       \
            va_list ap_;                                                               \
            va_start(ap_, flags);                                                      \
            mode = va_arg(ap_, mode_t);                                                \
            va_end(ap_);                                                               \
        }                                                                              \
    } while (0)

#define OPEN_WRAP(name)                                                                 \
    WEFT_EXPORT int name(const char *path, int flags, ...)                              \
    {                                                                                  \
        struct weft__call c;                                                           \
        mode_t mode = 0;                                                               \
        OPEN_MODE(flags, mode);                                                        \
        if (!weft__on())                                                               \
            return REAL(name)(path, flags, mode);                                      \
        weft__begin(&c, WEFT_CALL_OPEN, (uint64_t)-1, (uint64_t)flags, WEFT_SITE(), 0); \
        return open_end(&c, WEFT_CALL_OPEN, path, flags, REAL(name)(path, flags, mode),  \
                        WEFT_SITE());                                                  \
    }

#define OPENAT_WRAP(name)                                                               \
    WEFT_EXPORT int name(int dirfd, const char *path, int flags, ...)                   \
    {                                                                                  \
        struct weft__call c;                                                           \
        mode_t mode = 0;                                                               \
        OPEN_MODE(flags, mode);                                                        \
        if (!weft__on())                                                               \
            return REAL(name)(dirfd, path, flags, mode);                               \
        weft__begin(&c, WEFT_CALL_OPENAT, (uint64_t)-1, (uint64_t)flags, WEFT_SITE(), 0); \
        return open_end(&c, WEFT_CALL_OPENAT, path, flags,                             \
                        REAL(name)(dirfd, path, flags, mode), WEFT_SITE());            \
    }

OPEN_WRAP(open)
OPEN_WRAP(open64)
OPENAT_WRAP(openat)
OPENAT_WRAP(openat64)

/*
 * Fortified opens: open(path, flags) with flags not known at compile time.  They take no
 * mode; flags that need one make glibc abort ("invalid open call"), so those go straight
 * through.
 */
#define NEEDS_MODE(flags) (((flags) & O_CREAT) != 0 || ((flags) & __O_TMPFILE) == __O_TMPFILE)

#define OPEN2_WRAP(name)                                                                \
    WEFT_EXPORT int name(const char *path, int flags)                                   \
    {                                                                                  \
        struct weft__call c;                                                           \
        if (!weft__on() || NEEDS_MODE(flags))                                          \
            return REAL(name)(path, flags);                                            \
        weft__begin(&c, WEFT_CALL_OPEN, (uint64_t)-1, (uint64_t)flags, WEFT_SITE(), 0); \
        return open_end(&c, WEFT_CALL_OPEN, path, flags, REAL(name)(path, flags),       \
                        WEFT_SITE());                                                  \
    }

#define OPENAT2_WRAP(name)                                                              \
    WEFT_EXPORT int name(int dirfd, const char *path, int flags)                        \
    {                                                                                  \
        struct weft__call c;                                                           \
        if (!weft__on() || NEEDS_MODE(flags))                                          \
            return REAL(name)(dirfd, path, flags);                                     \
        weft__begin(&c, WEFT_CALL_OPENAT, (uint64_t)-1, (uint64_t)flags, WEFT_SITE(), 0); \
        return open_end(&c, WEFT_CALL_OPENAT, path, flags, REAL(name)(dirfd, path, flags), \
                        WEFT_SITE());                                                  \
    }

OPEN2_WRAP(__open_2)
OPEN2_WRAP(__open64_2)
OPENAT2_WRAP(__openat_2)
OPENAT2_WRAP(__openat64_2)
