/* WEFT_OUT mode without `weft run`: starts a detached `weft __collect` for this process tree. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"

extern char **environ;

/*
 * The weft to start: $WEFT_BIN, else the installed one relative to this library
 * (WEFT_BIN_FROM_PRELOAD, e.g. lib/weft/ -> bin/), else the build tree's (lib/ -> bin/).
 * Returns 0 with BUF an executable path, or a negative errno.
 */
static int weft_binary(char *buf, size_t cap)
{
    static const char *const from_lib[] = {WEFT_BIN_FROM_PRELOAD, "../bin/weft"};
    const char *env = getenv("WEFT_BIN");
    const char *slash;
    size_t i;

    if (env && *env)
        return snprintf(buf, cap, "%s", env) < (int)cap ? 0 : -ENAMETOOLONG;
    slash = strrchr(weft__p.self_path, '/');
    if (!slash)
        return -ENOENT;
    for (i = 0; i < sizeof from_lib / sizeof from_lib[0]; i++) {
        int n = snprintf(buf, cap, "%.*s/%s", (int)(slash - weft__p.self_path), weft__p.self_path, from_lib[i]);
        if (n > 0 && (size_t)n < cap && access(buf, X_OK) == 0)
            return 0;
    }
    return -ENOENT;
}

/* The grandchild: detach stdio, drop LD_PRELOAD (the collector is not traced), exec. */
static void exec_collector(const char *bin, const char *dir, const char *out, pid_t traced)
{
    char pid_arg[32];
    char *argv[] = {(char *)bin, "__collect", "--dir", (char *)dir, "--out", (char *)out,
                    "--wait-pid", pid_arg, NULL};
    size_t n = 0, i, j = 0;
    long fd;

    snprintf(pid_arg, sizeof pid_arg, "%d", (int)traced);
    while (environ && environ[n])
        n++;
    {
        char *envp[n + 1];

        for (i = 0; i < n; i++)
            if (strncmp(environ[i], "LD_PRELOAD=", 11) != 0)
                envp[j++] = environ[i];
        envp[j] = NULL;
        fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
        if (fd >= 0) {
            dup2((int)fd, 0);
            dup2((int)fd, 1);
            if (fd > 2)
                syscall(SYS_close, (int)fd);
        }
        syscall(SYS_execve, bin, argv, envp);
    }
}

int weft__spawn_collector(const char *dir, const char *out)
{
    char bin[PATH_MAX];
    pid_t traced = getpid(), mid;
    int status;

    if (weft_binary(bin, sizeof bin) < 0 || access(bin, X_OK) != 0)
        return -ENOENT;
    /* Raw fork/wait: our own interposers must not see the collector's processes. */
    mid = (pid_t)syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (mid < 0)
        return -errno;
    if (mid == 0) {
        setsid();
        if (syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0) == 0)
            exec_collector(bin, dir, out, traced);
        syscall(SYS_exit_group, 0);
    }
    while (syscall(SYS_wait4, mid, &status, 0, NULL) < 0 && errno == EINTR)
        ;
    return 0;
}
