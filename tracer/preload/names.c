/* Interposers that name threads: pthread_setname_np and prctl(PR_SET_NAME). */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdarg.h>
#include <string.h>
#include <sys/prctl.h>

#include "internal.h"

#define NAME_SYMS(X) X(pthread_setname_np) X(prctl)
NAME_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_names(void)
{
    NAME_SYMS(WEFT_REAL_RESOLVE)
}

/* obj = the named thread's tid (0 when it is not known); the name as text. */
static void note_name(uint64_t tid, const char *name, uint64_t site)
{
    char buf[16];

    strncpy(buf, name, sizeof buf - 1);
    buf[sizeof buf - 1] = 0;
    weft__instant(WEFT_CALL_THREAD_NAME, tid, 0, 0, 0, site, buf);
}

WEFT_EXPORT int pthread_setname_np(pthread_t t, const char *name)
{
    int r = REAL(pthread_setname_np)(t, name);

    if (r == 0 && weft__on()) {
        uint64_t tid = pthread_equal(t, pthread_self())
                           ? (uint64_t)(weft__t.tid ? weft__t.tid : weft__gettid())
                           : weft__idmap_get(&weft__thread_tids, (uint64_t)t);
        note_name(tid, name, WEFT_SITE());
    }
    return r;
}

WEFT_EXPORT int prctl(int option, ...)
{
    unsigned long a2, a3, a4, a5;
    va_list ap;
    int r;

    /* prctl takes up to four more words; reading unused ones is harmless on this ABI. */
    va_start(ap, option);
    a2 = va_arg(ap, unsigned long);
    a3 = va_arg(ap, unsigned long);
    a4 = va_arg(ap, unsigned long);
    a5 = va_arg(ap, unsigned long);
    va_end(ap);
    r = REAL(prctl)(option, a2, a3, a4, a5);
    if (r == 0 && option == PR_SET_NAME && a2 && weft__on())
        note_name((uint64_t)(weft__t.tid ? weft__t.tid : weft__gettid()),
                  (const char *)(uintptr_t)a2, WEFT_SITE());
    return r;
}
