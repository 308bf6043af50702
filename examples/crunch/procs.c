/* Crunch, procs: the same count split over 2 forked processes, which send their counts back by pipe. */
#include "elapsed.h"
#include "primes.h"

#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    long limit = primes_parse_limit(argc, argv);
    if (limit < 0)
        return 2;
    int fds[2];
    if (pipe(fds) < 0) {
        perror("pipe");
        return 1;
    }
    double start = example_now();
    fflush(stdout);
    for (int k = 0; k < 2; k++) {
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            return 1;
        }
        if (pid == 0) {
            /* Child k takes the odd numbers 3+2k, 3+2k+4, ... (see threads.c). */
            long count = count_primes(3 + 2 * k, limit, 4);
            _exit(write(fds[1], &count, sizeof(count)) == (ssize_t)sizeof(count) ? 0 : 1);
        }
    }
    close(fds[1]);
    /* Wait for the workers to finish, then collect: two counts fit in the pipe's buffer, so
     * the children never block writing them, and this process waits on its children (not on
     * a pipe) while they compute. */
    int status, failed = 0;
    while (wait(&status) > 0)
        failed |= !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    long count = 1, part;
    while (read(fds[0], &part, sizeof(part)) == (ssize_t)sizeof(part))
        count += part;
    example_report_elapsed("crunch-procs", start);
    printf("%ld primes below %ld\n", count, limit);
    return failed;
}
