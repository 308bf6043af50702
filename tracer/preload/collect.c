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

/* <dir of this .so>/../bin/weft, unless WEFT_BIN says otherwise. */
static int weft_binary(char *buf, size_t cap)
{
    const char *env = getenv("WEFT_BIN");
    char *slash;

    if (env && *env)
        return snprintf(buf, cap, "%s", env) < (int)cap ? 0 : -ENAMETOOLONG;
    if (!weft__p.self_path[0])
        return -ENOENT;
    snprintf(buf, cap, "%s", weft__p.self_path);
    slash = strrchr(buf, '/');
    if (!slash)
        return -ENOENT;
    *slash = 0;
    if ((size_t)snprintf(slash, cap - (size_t)(slash - buf), "/../bin/weft") >= cap - (size_t)(slash - buf))
        return -ENAMETOOLONG;
    return 0;
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
