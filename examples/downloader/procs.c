/* Downloader, procs: 4 forked worker processes fetch every 4th page and report back over a pipe. */
#include "elapsed.h"
#include "http.h"

#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#define WORKERS 4

/* One record per page; smaller than PIPE_BUF, so the children's writes never interleave. */
struct report {
    int page;
    struct page_result result;
};

static struct page_result results[HTTP_MAX_PAGES];

static void child(int port, int pages, int first, int wfd)
{
    for (int page = first; page < pages; page += WORKERS) {
        struct report rep = {.page = page};
        http_fetch(port, page, &rep.result);
        if (write(wfd, &rep, sizeof(rep)) != (ssize_t)sizeof(rep))
            _exit(1);
    }
    _exit(0);
}

int main(int argc, char **argv)
{
    int port, pages, fds[2];
    if (http_parse_args(argc, argv, &port, &pages) < 0)
        return 2;
    if (pipe(fds) < 0) {
        perror("pipe");
        return 1;
    }
    double start = example_now();
    fflush(stdout); /* or the children would inherit, and print, buffered output */
    for (int i = 0; i < WORKERS; i++) {
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            return 1;
        }
        if (pid == 0) {
            close(fds[0]);
            child(port, pages, i, fds[1]);
        }
    }
    close(fds[1]); /* the read below sees EOF once every child has exited */
    struct report rep;
    while (read(fds[0], &rep, sizeof(rep)) == (ssize_t)sizeof(rep))
        if (rep.page >= 0 && rep.page < pages)
            results[rep.page] = rep.result;
    int status, failed = 0;
    while (wait(&status) > 0)
        failed |= !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    example_report_elapsed("downloader-procs", start);
    return http_print_results(results, pages) | failed;
}
