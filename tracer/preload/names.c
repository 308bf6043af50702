/* Interposers that name threads: pthread_setname_np and prctl(PR_SET_NAME). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
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

/*
 * The tid of a thread just named `name` that has not registered with us yet (named
 * right after pthread_create, before it ran): the kernel already shows the name in
 * /proc/self/task/TID/comm.  With several threads of that name, the newest (highest
 * tid) is the one just created.  Returns 0 when none is found.  Slow path only.
 */
static uint64_t tid_by_comm(const char *name)
{
    char want[16], path[320], comm[32];
    uint64_t best = 0;
    DIR *d;
    struct dirent *e;

    strncpy(want, name, sizeof want - 1);
    want[sizeof want - 1] = 0;
    d = opendir("/proc/self/task");
    if (!d)
        return 0;
    while ((e = readdir(d))) {
        uint64_t tid = strtoull(e->d_name, NULL, 10);
        if (!tid)
            continue;
        snprintf(path, sizeof path, "/proc/self/task/%s/comm", e->d_name);
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ssize_t n = read(fd, comm, sizeof comm - 1);
        close(fd);
        if (n <= 0)
            continue;
        comm[n] = 0;
        comm[strcspn(comm, "\n")] = 0;
        if (!strcmp(comm, want) && tid > best)
            best = tid;
    }
    closedir(d);
    return best;
}

WEFT_EXPORT int pthread_setname_np(pthread_t t, const char *name)
{
    int r = REAL(pthread_setname_np)(t, name);

    if (r == 0 && weft__on()) {
        int saved = errno;
        uint64_t tid;

        weft__t.guard++;
        if (pthread_equal(t, pthread_self()))
            tid = weft__t.tid ? weft__t.tid : weft__gettid();
        else if (!(tid = weft__idmap_get(&weft__thread_tids, (uint64_t)t)))
            tid = tid_by_comm(name);
        weft__t.guard--;
        /* An unknown tid (0) would put the name on the calling thread: send nothing. */
        if (tid)
            note_name(tid, name, WEFT_SITE());
        errno = saved;
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
