/* progtime PROG ARGS...: runs PROG and prints its wall time in ns on stderr, timed as `weft run` times the program (fork to exit). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    struct timespec a, b;
    int status;
    pid_t pid;

    if (argc < 2) {
        fprintf(stderr, "usage: progtime PROG ARGS...\n");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &a);
    pid = fork();
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        perror(argv[1]);
        _exit(127);
    }
    if (pid < 0 || waitpid(pid, &status, 0) < 0) {
        perror("progtime");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    fprintf(stderr, "progtime_ns=%lld\n",
            (long long)(b.tv_sec - a.tv_sec) * 1000000000ll + (b.tv_nsec - a.tv_nsec));
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
