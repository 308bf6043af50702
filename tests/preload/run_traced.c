/* Starting test programs under LD_PRELOAD with their own WEFT_DIR, capturing stdout and status. */
#define _GNU_SOURCE
#include "run_traced.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int run_prog(const char *prog, const char *const *args, int traced, const char *extra_env,
             const char *ready_line, struct run *r)
{
    char path[4096], preload[4096], dirvar[128];
    char *argv[16], *envp[512];
    int p[2], n = 0, e = 0;
    size_t got = 0;
    ssize_t k;

    memset(r, 0, sizeof *r);
    if (prog[0] == '/')
        snprintf(path, sizeof path, "%s", prog);
    else
        snprintf(path, sizeof path, "%s/%s", PROG_DIR, prog);
    argv[n++] = path;
    for (int i = 0; args && args[i] && n < 15; i++)
        argv[n++] = (char *)args[i];
    argv[n] = NULL;
    for (int i = 0; environ[i] && e < 500; i++)
        if (strncmp(environ[i], "LD_PRELOAD=", 11) && strncmp(environ[i], "WEFT_", 5))
            envp[e++] = environ[i];
    if (traced == 2) { /* WEFT_OUT mode: the library makes its own directory */
        snprintf(preload, sizeof preload, "LD_PRELOAD=%s", PRELOAD_PATH);
        envp[e++] = preload;
        if (getenv("WEFT_BIN")) {
            snprintf(dirvar, sizeof dirvar, "WEFT_BIN=%s", getenv("WEFT_BIN"));
            envp[e++] = dirvar;
        }
    } else if (traced) {
        strcpy(r->dir, "/dev/shm/weft-test-XXXXXX"); /* tmpfs, like weft run */
        if (!mkdtemp(r->dir))
            return -errno;
        snprintf(preload, sizeof preload, "LD_PRELOAD=%s", PRELOAD_PATH);
        snprintf(dirvar, sizeof dirvar, "WEFT_DIR=%s", r->dir);
        envp[e++] = preload;
        envp[e++] = dirvar;
    }
    if (extra_env)
        envp[e++] = (char *)extra_env;
    envp[e] = NULL;
    if (pipe(p) < 0)
        return -errno;
    r->pid = fork();
    if (r->pid < 0)
        return -errno;
    if (r->pid == 0) {
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        execve(path, argv, envp);
        _exit(127);
    }
    close(p[1]);
    while (got < sizeof r->out - 1 && (k = read(p[0], r->out + got, sizeof r->out - 1 - got)) > 0) {
        got += (size_t)k;
        r->out[got] = 0;
        if (ready_line && strstr(r->out, ready_line)) {
            close(p[0]);
            return 0;
        }
    }
    close(p[0]);
    if (waitpid(r->pid, &r->status, 0) < 0)
        return -errno;
    return 0;
}

void run_kill(struct run *r)
{
    kill(r->pid, SIGKILL);
    waitpid(r->pid, &r->status, 0);
}

void run_cleanup(struct run *r)
{
    DIR *d;
    struct dirent *de;
    char path[4096];

    if (!r->dir[0] || !(d = opendir(r->dir)))
        return;
    while ((de = readdir(d)))
        if (de->d_name[0] != '.') {
            snprintf(path, sizeof path, "%s/%s", r->dir, de->d_name);
            unlink(path);
        }
    closedir(d);
    rmdir(r->dir);
}
