/* Interposers for exec and posix_spawn: keep LD_PRELOAD and WEFT_DIR in the new image and link it to us. */
#define _GNU_SOURCE
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

extern char **environ;

#define EXEC_SYMS(X) X(execve) X(execvpe) X(execveat) X(fexecve) X(posix_spawn) X(posix_spawnp)
EXEC_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_exec(void)
{
    EXEC_SYMS(WEFT_REAL_RESOLVE)
}

/* Environments bigger than this go through unchanged (the new env lives on our stack). */
#define ENV_MAX 4096

/* Strings for the new environment; on the stack, since a vfork child must not malloc. */
struct env_strings {
    char preload[2048];
    char dir[1100];
    char parent[48];
    char from[48];
};

static int is_var(const char *e, const char *name)
{
    size_t n = strlen(name);
    return strncmp(e, name, n) == 0 && e[n] == '=';
}

/*
 * Fills out[] (room for n + 5) with envp minus our variables, plus LD_PRELOAD
 * (ours first, then whatever the program had), WEFT_DIR, WEFT_PARENT_START and, for an
 * exec that replaces this image, WEFT_EXEC_FROM.
 */
static void build_env(char *const *envp, size_t n, char **out, struct env_strings *s,
                      int replaces_us)
{
    const char *old = NULL;
    size_t i, j = 0;

    for (i = 0; i < n; i++) {
        if (is_var(envp[i], "LD_PRELOAD")) {
            old = envp[i] + 11;
            continue;
        }
        if (is_var(envp[i], "WEFT_DIR") || is_var(envp[i], "WEFT_PARENT_START") ||
            is_var(envp[i], "WEFT_EXEC_FROM"))
            continue;
        out[j++] = envp[i];
    }
    if (old && (strstr(old, "libweft-preload.so") || !weft__p.self_path[0]))
        snprintf(s->preload, sizeof s->preload, "LD_PRELOAD=%s", old);
    else if (old && *old)
        snprintf(s->preload, sizeof s->preload, "LD_PRELOAD=%s:%s", weft__p.self_path, old);
    else
        snprintf(s->preload, sizeof s->preload, "LD_PRELOAD=%s", weft__p.self_path);
    out[j++] = s->preload;
    snprintf(s->dir, sizeof s->dir, "WEFT_DIR=%s", weft__p.dir);
    out[j++] = s->dir;
    /* Replacing us keeps our parent; otherwise (spawn, vfork child) we are the parent. */
    snprintf(s->parent, sizeof s->parent, "WEFT_PARENT_START=%llu",
             (unsigned long long)(replaces_us ? weft__p.parent_start_ns : weft__p.start_ns));
    out[j++] = s->parent;
    if (replaces_us) {
        snprintf(s->from, sizeof s->from, "WEFT_EXEC_FROM=%llu",
                 (unsigned long long)weft__p.start_ns);
        out[j++] = s->from;
    }
    out[j] = NULL;
}

static size_t env_count(char *const *envp)
{
    size_t n = 0;

    while (envp && envp[n])
        n++;
    return n;
}

/*
 * The common path of every exec: `call_real(ctx, newenv)` does the exec.  In our own
 * image the exec is recorded first and the .proc gets its end time, undone if the exec
 * fails; in a vfork child we only fix the environment.
 */
typedef int (*exec_fn)(const void *ctx, char *const *envp);

static int do_exec(char *const *envp, const char *what, exec_fn call_real, const void *ctx,
                   uint64_t site)
{
    size_t n = env_count(envp);
    int own, r, saved;

    if (!weft__p.active || n > ENV_MAX)
        return call_real(ctx, envp);
    own = weft__own_image();
    {
        char *newenv[n + 5];
        struct env_strings s;

        build_env(envp, n, newenv, &s, own);
        if (own) {
            weft__instant(WEFT_CALL_EXECVE, 0, 0, 0, 0, site, what);
            weft__proc_finish(weft__p.proc, weft__now(), 0, 0);
        }
        r = call_real(ctx, newenv);
        saved = errno;
        if (own) {
            __atomic_store_n(&weft__p.proc->end_ns, 0, __ATOMIC_RELEASE);
            weft__instant_err(WEFT_CALL_EXECVE, 0, 0, -1, saved, 0, site, what);
        }
        errno = saved;
        return r;
    }
}

struct exec_args {
    int fd;
    const char *path;
    char *const *argv;
    int flags;
};

static int call_execve(const void *ctx, char *const *envp)
{
    const struct exec_args *a = ctx;
    return REAL(execve)(a->path, a->argv, envp);
}

static int call_execvpe(const void *ctx, char *const *envp)
{
    const struct exec_args *a = ctx;
    return REAL(execvpe)(a->path, a->argv, envp);
}

static int call_execveat(const void *ctx, char *const *envp)
{
    const struct exec_args *a = ctx;
    return REAL(execveat)(a->fd, a->path, a->argv, envp, a->flags);
}

static int call_fexecve(const void *ctx, char *const *envp)
{
    const struct exec_args *a = ctx;
    return REAL(fexecve)(a->fd, a->argv, envp);
}

WEFT_EXPORT int execve(const char *path, char *const argv[], char *const envp[])
{
    struct exec_args a = {.path = path, .argv = argv};
    return do_exec(envp, path, call_execve, &a, WEFT_SITE());
}

WEFT_EXPORT int execv(const char *path, char *const argv[])
{
    struct exec_args a = {.path = path, .argv = argv};
    return do_exec(environ, path, call_execve, &a, WEFT_SITE());
}

WEFT_EXPORT int execvpe(const char *file, char *const argv[], char *const envp[])
{
    struct exec_args a = {.path = file, .argv = argv};
    return do_exec(envp, file, call_execvpe, &a, WEFT_SITE());
}

WEFT_EXPORT int execvp(const char *file, char *const argv[])
{
    struct exec_args a = {.path = file, .argv = argv};
    return do_exec(environ, file, call_execvpe, &a, WEFT_SITE());
}

WEFT_EXPORT int execveat(int fd, const char *path, char *const argv[], char *const envp[],
                         int flags)
{
    struct exec_args a = {.fd = fd, .path = path, .argv = argv, .flags = flags};
    return do_exec(envp, path, call_execveat, &a, WEFT_SITE());
}

WEFT_EXPORT int fexecve(int fd, char *const argv[], char *const envp[])
{
    struct exec_args a = {.fd = fd, .path = "(fexecve)", .argv = argv};
    return do_exec(envp, a.path, call_fexecve, &a, WEFT_SITE());
}

/* execl*: collect the variadic arguments into an argv on the stack. */
#define COLLECT_ARGS(arg0, last, argv_name, extra_env)                                   \
    size_t n_ = 1;                                                                      \
    va_list ap_;                                                                        \
    va_start(ap_, arg0);                                                                \
    while (va_arg(ap_, char *))                                                         \
        n_++;                                                                           \
    va_end(ap_);                                                                        \
    char *argv_name[n_ + 1];                                                            \
    argv_name[0] = (char *)arg0;                                                        \
    va_start(ap_, arg0);                                                                \
    for (size_t i_ = 1; i_ <= n_; i_++)                                                 \
        argv_name[i_] = va_arg(ap_, char *);                                            \
    extra_env;                                                                          \
    va_end(ap_)

WEFT_EXPORT int execl(const char *path, const char *arg, ...)
{
    COLLECT_ARGS(arg, NULL, argv, (void)0);
    return execv(path, argv);
}

WEFT_EXPORT int execlp(const char *file, const char *arg, ...)
{
    COLLECT_ARGS(arg, NULL, argv, (void)0);
    return execvp(file, argv);
}

WEFT_EXPORT int execle(const char *path, const char *arg, ...)
{
    char *const *envp;
    COLLECT_ARGS(arg, NULL, argv, envp = va_arg(ap_, char *const *));
    return execve(path, argv, envp);
}

static size_t str_text(const void *ctx, char *buf, size_t cap)
{
    size_t n = strnlen(ctx, cap - 1);

    memcpy(buf, ctx, n);
    return n;
}

/* posix_spawn: obj = child pid, text = path; the child is a new process, so we are its parent. */
static int spawn_common(int p, pid_t *restrict pid, const char *restrict path,
                        const posix_spawn_file_actions_t *fa,
                        const posix_spawnattr_t *restrict attr, char *const argv[],
                        char *const envp[], uint64_t site)
{
    size_t n = env_count(envp);
    struct weft__call c;
    struct weft_event ev = {0};
    pid_t child = 0;
    int r;

    if (!weft__on() || n > ENV_MAX)
        return p ? REAL(posix_spawnp)(pid, path, fa, attr, argv, envp)
                 : REAL(posix_spawn)(pid, path, fa, attr, argv, envp);
    {
        char *newenv[n + 5];
        struct env_strings s;

        build_env(envp, n, newenv, &s, 0);
        weft__begin(&c, WEFT_CALL_POSIX_SPAWN, 0, 0, site, 0);
        r = p ? REAL(posix_spawnp)(&child, path, fa, attr, argv, newenv)
              : REAL(posix_spawn)(&child, path, fa, attr, argv, newenv);
    }
    if (pid)
        *pid = child;
    ev.u.e.obj = r == 0 ? (uint64_t)child : 0;
    ev.u.e.site = site;
    weft__finish(&c, WEFT_CALL_POSIX_SPAWN, r, r, 0, &ev, 1,
                 path ? str_text : NULL, path);
    return r;
}

WEFT_EXPORT int posix_spawn(pid_t *restrict pid, const char *restrict path,
                            const posix_spawn_file_actions_t *fa,
                            const posix_spawnattr_t *restrict attr, char *const argv[],
                            char *const envp[])
{
    return spawn_common(0, pid, path, fa, attr, argv, envp, WEFT_SITE());
}

WEFT_EXPORT int posix_spawnp(pid_t *restrict pid, const char *restrict file,
                             const posix_spawn_file_actions_t *fa,
                             const posix_spawnattr_t *restrict attr, char *const argv[],
                             char *const envp[])
{
    return spawn_common(1, pid, file, fa, attr, argv, envp, WEFT_SITE());
}
