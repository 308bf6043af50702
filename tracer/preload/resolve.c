/* Finds the real libc functions behind our interposers: thread-safe, idempotent, usable before the constructor. */
#define _GNU_SOURCE
#include <dlfcn.h>

#include "internal.h"

void *weft__bind(void **slot, const char *name, const char *version)
{
    void *f = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    int saved = errno;

    if (f)
        return f;
    /* Our guard stays up so anything dlsym calls (calloc, locks) passes straight through. */
    weft__t.guard++;
    f = version ? dlvsym(RTLD_NEXT, name, version) : dlsym(RTLD_NEXT, name);
    weft__t.guard--;
    /* Racing resolvers all find the same address, so a plain store is enough. */
    __atomic_store_n(slot, f, __ATOMIC_RELEASE);
    errno = saved;
    return f;
}
