/* Interposers for process lifecycle: fork, waits, system/popen, exit paths and the return from main. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"

#define PROC_SYMS(X)                                                                    \
    X(fork) X(_Fork) X(wait) X(waitpid) X(waitid) X(wait3) X(wait4) X(system) X(popen) X(exit)     \
    X(_exit) X(_Exit) X(__libc_start_main)
/* glibc declares no prototype for __libc_start_main. */
int __libc_start_main(int (*main)(int, char **, char **), int argc, char **argv,
                      void (*init)(void), void (*fini)(void), void (*rtld_fini)(void),
                      void *stack_end);
PROC_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_process(void)
{
    PROC_SYMS(WEFT_REAL_RESOLVE)
}

/* False in a vfork child (or a raw clone): it shares our memory but is not this image. */
int weft__own_image(void)
{
    return getpid() == weft__p.pid;
}

/*
 * Every fork child, ours or one made inside libc (daemon(), ...), starts over: a
 * pthread_atfork child handler, registered by the constructor, so no child keeps
 * writing into its parent's ring.  The forking thread holds the guard from our prepare
 * handler (which runs before those registered earlier) to our parent and child handlers:
 * child handlers registered before ours (by libraries initialized before the preload) run
 * first in the child, and their calls would go into the parent's ring, still mapped
 * there: the child's events under the parent's thread, two processes writing one ring.
 */
void weft__atfork_prepare(void)
{
    weft__t.guard++;
}

void weft__atfork_parent(void)
{
    weft__t.guard--;
}

void weft__atfork_child(void)
{
    int saved = errno;

    if (weft__p.active)
        weft__after_fork_child(weft__p.start_ns); /* still the parent's start here */
    weft__t.guard--; /* taken by weft__atfork_prepare */
    errno = saved;
}

/*
 * Children that ran none of our handlers: the raw fork syscall, clone without CLONE_VM.
 * They inherit the forking thread's ring (still mapped, still LIVE in its TLS) and the
 * pool; the kernel wiped weft__armed, so weft__on() comes here on their first traced
 * call, and so do the exit paths of one that traced nothing.  weft__p.start_ns is still
 * the parent's: nothing in the child has changed it.  Between our own fork and our child
 * handler the guard is held (weft__atfork_prepare), so that child is not made twice.
 */
__attribute__((noinline, cold)) int weft__adopt(void)
{
    int saved = errno;

    if (weft__t.guard != 0 || !weft__p.active)
        return 0;
    if (weft__armed.on)
        return 1;
    if (weft__own_image())
        return 0; /* not a child: the constructor between turning tracing on and arming */
    weft__t.guard++;
    weft__after_fork_child(weft__p.start_ns);
    weft__t.guard--;
    errno = saved;
    return weft__armed.on;
}

/*
 * fork and _Fork, recorded in the parent.  _Fork (glibc 2.34) forks without running any
 * atfork handler, so ours run around it here: without them the child would go on writing
 * into its parent's rings.  fork() does not come through _Fork (glibc calls its own
 * internally), and needs nothing taken before it: we hold no lock of our own across calls.
 */
static pid_t traced_fork(pid_t (*real)(void), int run_handlers, uint64_t site)
{
    struct weft__call c;
    struct weft_event ev = {0};
    pid_t pid;

    ev.u.e.site = site;
    weft__begin(&c, WEFT_CALL_FORK, 0, 0, site, 0);
    if (run_handlers)
        weft__atfork_prepare();
    pid = real();
    if (pid == 0) {
        if (run_handlers)
            weft__atfork_child();
        return 0; /* weft__atfork_child reset this process's state */
    }
    if (run_handlers)
        weft__atfork_parent();
    ev.u.e.obj = pid > 0 ? (uint64_t)pid : 0;
    weft__finish(&c, WEFT_CALL_FORK, pid, pid < 0 ? errno : 0, 0, &ev, 1, NULL, NULL);
    return pid;
}

WEFT_EXPORT pid_t fork(void)
{
    return weft__on() ? traced_fork(REAL(fork), 0, WEFT_SITE()) : REAL(fork)();
}

WEFT_EXPORT pid_t _Fork(void)
{
    return weft__on() ? traced_fork(REAL(_Fork), 1, WEFT_SITE()) : REAL(_Fork)();
}

/* obj = pid waited for, obj2 = the status word, aux = status too; forced when a child was reaped. */
static pid_t wait_end(const struct weft__call *c, unsigned call, int64_t waited, pid_t r,
                      const int *status, uint64_t site)
{
    struct weft_event ev = {0};

    ev.u.e.obj = (uint64_t)waited;
    ev.u.e.site = site;
    if (r > 0 && status) {
        ev.u.e.obj2 = (uint64_t)(unsigned)*status;
        ev.u.e.aux = (uint32_t)*status;
    }
    weft__finish(c, call, r, r < 0 ? errno : 0, 0, &ev, r > 0, NULL, NULL);
    return r;
}

WEFT_EXPORT pid_t wait(int *status)
{
    struct weft__call c;
    int st = 0;
    pid_t r;

    if (!weft__on())
        return REAL(wait)(status);
    weft__begin(&c, WEFT_CALL_WAIT, (uint64_t)-1, 0, WEFT_SITE(), 0);
    r = REAL(wait)(&st);
    if (status && r > 0) /* like libc: untouched unless a child was reaped */
        *status = st;
    return wait_end(&c, WEFT_CALL_WAIT, -1, r, &st, WEFT_SITE());
}

WEFT_EXPORT pid_t waitpid(pid_t pid, int *status, int options)
{
    struct weft__call c;
    int st = 0;
    pid_t r;

    if (!weft__on())
        return REAL(waitpid)(pid, status, options);
    weft__begin(&c, WEFT_CALL_WAITPID, (uint64_t)(int64_t)pid, 0, WEFT_SITE(), 0);
    r = REAL(waitpid)(pid, &st, options);
    if (status && r > 0)
        *status = st;
    return wait_end(&c, WEFT_CALL_WAITPID, pid, r, &st, WEFT_SITE());
}

WEFT_EXPORT pid_t wait3(int *status, int options, struct rusage *ru)
{
    struct weft__call c;
    int st = 0;
    pid_t r;

    if (!weft__on())
        return REAL(wait3)(status, options, ru);
    weft__begin(&c, WEFT_CALL_WAIT3, (uint64_t)-1, 0, WEFT_SITE(), 0);
    r = REAL(wait3)(&st, options, ru);
    if (status && r > 0)
        *status = st;
    return wait_end(&c, WEFT_CALL_WAIT3, -1, r, &st, WEFT_SITE());
}

WEFT_EXPORT pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
    struct weft__call c;
    int st = 0;
    pid_t r;

    if (!weft__on())
        return REAL(wait4)(pid, status, options, ru);
    weft__begin(&c, WEFT_CALL_WAIT4, (uint64_t)(int64_t)pid, 0, WEFT_SITE(), 0);
    r = REAL(wait4)(pid, &st, options, ru);
    if (status && r > 0)
        *status = st;
    return wait_end(&c, WEFT_CALL_WAIT4, pid, r, &st, WEFT_SITE());
}

WEFT_EXPORT int waitid(idtype_t type, id_t id, siginfo_t *info, int options)
{
    struct weft__call c;
    struct weft_event ev = {0};
    int r;

    if (!weft__on())
        return REAL(waitid)(type, id, info, options);
    weft__begin(&c, WEFT_CALL_WAITID, type == P_PID ? (uint64_t)id : (uint64_t)-1, 0, WEFT_SITE(), 0);
    r = REAL(waitid)(type, id, info, options);
    ev.u.e.obj = type == P_PID ? (uint64_t)id : (uint64_t)-1;
    ev.u.e.site = WEFT_SITE();
    if (r == 0 && info && info->si_pid > 0)
        ev.u.e.aux = (uint32_t)info->si_status;
    weft__finish(&c, WEFT_CALL_WAITID, r == 0 && info ? info->si_pid : r, r < 0 ? errno : 0, 0,
                 &ev, r == 0 && info && info->si_pid > 0, NULL, NULL);
    return r;
}

/* glibc runs these through its internal spawn; the children inherit LD_PRELOAD via environ. */
static size_t cmd_text(const void *ctx, char *buf, size_t cap)
{
    size_t n = ctx ? strnlen(ctx, cap - 1) : 0;

    memcpy(buf, ctx ? ctx : "", n);
    return n;
}

WEFT_EXPORT int system(const char *cmd)
{
    struct weft__call c;
    struct weft_event ev = {0};
    int r;

    if (!weft__on())
        return REAL(system)(cmd);
    ev.u.e.site = WEFT_SITE();
    weft__begin(&c, WEFT_CALL_SYSTEM, 0, 0, ev.u.e.site, 0);
    r = REAL(system)(cmd);
    weft__finish(&c, WEFT_CALL_SYSTEM, r, r < 0 ? errno : 0, 0, &ev, 1, cmd_text, cmd);
    return r;
}

WEFT_EXPORT FILE *popen(const char *cmd, const char *mode)
{
    FILE *f;

    if (!weft__on())
        return REAL(popen)(cmd, mode);
    f = REAL(popen)(cmd, mode);
    weft__instant(WEFT_CALL_POPEN, 0, 0, f ? 0 : -1, 0, WEFT_SITE(), cmd);
    return f;
}

/* Every way out writes the exit code into the .proc, from whichever thread exits. */
static void note_exit(int code, uint64_t site, int finish_thread)
{
    if (!weft__armed.on)
        weft__adopt(); /* a child made without our fork handlers that traced nothing yet */
    if (!weft__p.active || !weft__own_image())
        return;
    if (weft__t.guard == 0)
        weft__instant(WEFT_CALL_EXIT, (uint64_t)(unsigned)code, 0, 0, 0, site, NULL);
    if (finish_thread)
        weft__thread_finish(0);
    weft__process_exit(1, code);
}

WEFT_EXPORT void exit(int code)
{
    note_exit(code, WEFT_SITE(), 0); /* destructors still run: the destructor finishes */
    REAL(exit)(code);
    __builtin_unreachable();
}

WEFT_EXPORT void _exit(int code)
{
    note_exit(code, WEFT_SITE(), 1);
    REAL(_exit)(code);
    __builtin_unreachable();
}

WEFT_EXPORT void _Exit(int code)
{
    note_exit(code, WEFT_SITE(), 1);
    REAL(_Exit)(code);
    __builtin_unreachable();
}

/* Returning from main calls exit() inside libc, which we do not see: wrap main instead. */
static int (*real_main)(int, char **, char **);

static int main_wrapper(int argc, char **argv, char **envp)
{
    int code = real_main(argc, argv, envp);

    if (!weft__armed.on)
        weft__adopt(); /* a child made without our fork handlers that traced nothing yet */
    if (weft__p.active && weft__own_image()) {
        weft__p.exit_known = 1;
        weft__p.exit_code = code;
        weft__process_exit(1, code);
    }
    return code;
}

WEFT_EXPORT int __libc_start_main(int (*main)(int, char **, char **), int argc, char **argv,
                                  void (*init)(void), void (*fini)(void),
                                  void (*rtld_fini)(void), void *stack_end)
{
    real_main = main;
    return REAL(__libc_start_main)(main_wrapper, argc, argv, init, fini, rtld_fini, stack_end);
}
