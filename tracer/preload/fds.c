/* The per-fd kind cache, and the fd-making and fd-closing calls that invalidate it. */
#define _GNU_SOURCE
#include <sys/socket.h>
#include <unistd.h>

#include "internal.h"

/* kind + 1 per fd, 0 = not classified yet; fds past the array are classified each time. */
#define FD_CACHE 4096
static uint8_t cache[FD_CACHE];

#define FD_SYMS(X) X(close) X(close_range) X(dup2) X(dup3) X(socket)
FD_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_fds(void)
{
    FD_SYMS(WEFT_REAL_RESOLVE)
}

enum weft_fd_kind weft__fd_kind(int fd)
{
    enum weft_fd_kind k;
    uint8_t c;

    if (fd < 0)
        return WEFT_FD_NONE;
    if (fd < FD_CACHE && (c = __atomic_load_n(&cache[fd], __ATOMIC_RELAXED)) != 0)
        return (enum weft_fd_kind)(c - 1);
    k = weft__fd_classify(fd);
    if (fd < FD_CACHE)
        __atomic_store_n(&cache[fd], (uint8_t)(k + 1), __ATOMIC_RELAXED);
    return k;
}

uint16_t weft__fd_kind_cached(int fd)
{
    uint8_t c;

    if (fd < 0)
        return WEFT_FD_NONE;
    if (fd >= FD_CACHE || (c = __atomic_load_n(&cache[fd], __ATOMIC_RELAXED)) == 0)
        return WEFT_FD_UNKNOWN;
    return (uint16_t)(c - 1);
}

void weft__fd_forget(int fd)
{
    if (fd >= 0 && fd < FD_CACHE)
        __atomic_store_n(&cache[fd], 0, __ATOMIC_RELAXED);
}

void weft__fd_forget_range(unsigned lo, unsigned hi)
{
    unsigned i;

    for (i = lo; i <= hi && i < FD_CACHE; i++)
        __atomic_store_n(&cache[i], 0, __ATOMIC_RELAXED);
}

WEFT_EXPORT int close(int fd)
{
    weft__fd_forget(fd);
    return REAL(close)(fd);
}

WEFT_EXPORT int close_range(unsigned lo, unsigned hi, int flags)
{
    weft__fd_forget_range(lo, hi);
    return REAL(close_range)(lo, hi, flags);
}

WEFT_EXPORT int dup2(int old, int new)
{
    weft__fd_forget(new);
    return REAL(dup2)(old, new);
}

WEFT_EXPORT int dup3(int old, int new, int flags)
{
    weft__fd_forget(new);
    return REAL(dup3)(old, new, flags);
}

WEFT_EXPORT int socket(int domain, int type, int proto)
{
    int fd = REAL(socket)(domain, type, proto);

    weft__fd_forget(fd);
    return fd;
}
