/* The per-process file: identity, command line and a /proc/self/maps copy, finished at exit. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "weft_rt.h"

/* Reads a whole small file with raw syscalls into buf; returns bytes read or -errno. */
static long slurp(const char *path, char *buf, size_t cap)
{
    long fd = syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
    size_t got = 0;

    if (fd < 0)
        return -errno;
    while (got < cap) {
        long n = syscall(SYS_read, (int)fd, buf + got, cap - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    syscall(SYS_close, (int)fd);
    return (long)got;
}

/*
 * The path this image was executed by (AT_EXECFN): a symlink keeps its own name there,
 * where /proc/self/exe names its target.  Made absolute against the working directory; kept
 * only if it still leads to EXE (a fork child may have changed directory since the exec).
 */
static void executed_path(char *out, size_t cap, const char *exe)
{
    const char *ef = (const char *)getauxval(AT_EXECFN);
    char buf[1024], real[PATH_MAX];
    out[0] = 0;
    if (!ef || !*ef || !exe[0])
        return;
    while (ef[0] == '.' && ef[1] == '/')
        ef += 2; /* ./prog */
    if (ef[0] != '/') {
        char cwd[512];
        if (!getcwd(cwd, sizeof cwd))
            return;
        if ((size_t)snprintf(buf, sizeof buf, "%s/%s", cwd, ef) >= sizeof buf)
            return;
        ef = buf;
    }
    if (!realpath(ef, real) || strcmp(real, exe) || strlen(ef) >= cap)
        return;
    memcpy(out, ef, strlen(ef) + 1);
}

int weft__proc_create(struct weft_proc_file **out, const char *dir, int pid, int ppid,
                      uint64_t start_ns, uint64_t parent_start_ns, uint64_t exec_from_start_ns)
{
    char path[4096];
    struct weft_proc_file *p;
    long n;
    int len, err;

    len = snprintf(path, sizeof path, "%s/%d-%llu.proc", dir, pid, (unsigned long long)start_ns);
    if (len < 0 || (size_t)len >= sizeof path)
        return -ENAMETOOLONG;
    err = weft__map_new_file(path, WEFT_PROC_FILE_SIZE, (void **)&p);
    if (err < 0)
        return err;

    p->version = WEFT_RING_VERSION;
    p->pid = pid;
    p->ppid = ppid;
    p->proc_start_ns = start_ns;
    p->parent_start_ns = parent_start_ns;
    p->exec_from_start_ns = exec_from_start_ns;
    n = syscall(SYS_readlinkat, AT_FDCWD, "/proc/self/exe", p->exe, sizeof p->exe - 1);
    p->exe[n > 0 ? n : 0] = 0;
    executed_path(p->execfn, sizeof p->execfn, p->exe);
    /* cmdline is NUL-separated already; keep room for the final two NULs. */
    n = slurp("/proc/self/cmdline", p->argv, sizeof p->argv - 2);
    if (n < 0)
        n = 0;
    p->argv[n] = 0;
    p->argv[n + 1] = 0;
    weft__proc_snapshot_maps(p);
    __atomic_store_n(&p->magic, WEFT_PROC_MAGIC, __ATOMIC_RELEASE);
    *out = p;
    return 0;
}

void weft__proc_snapshot_maps(struct weft_proc_file *p)
{
    char *dst = (char *)p + WEFT_PROC_MAPS_OFF;
    long n;

    /* Length first to 0, text, then the length: a reader never sees a torn copy as whole. */
    __atomic_store_n(&p->maps_len, 0, __ATOMIC_RELEASE);
    n = slurp("/proc/self/maps", dst, WEFT_PROC_FILE_SIZE - WEFT_PROC_MAPS_OFF);
    if (n <= 0)
        return;
    p->maps_off = WEFT_PROC_MAPS_OFF;
    __atomic_store_n(&p->maps_len, (uint64_t)n, __ATOMIC_RELEASE);
}

void weft__proc_finish(struct weft_proc_file *p, uint64_t end_ns, int exited, int exit_code)
{
    if (exited) {
        p->exit_code = exit_code;
        __atomic_store_n(&p->exited, 1, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&p->end_ns, end_ns, __ATOMIC_RELEASE);
}
