/* A blocking read interrupted by SIGALRM (no SA_RESTART): read returns -1 with EINTR. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static void on_alarm(int sig)
{
    (void)sig;
}

int main(void)
{
    struct sigaction sa;
    int fds[2];
    char c;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    if (pipe(fds) != 0)
        return 1;
    setitimer(ITIMER_REAL, &(struct itimerval){{0, 0}, {0, 30000}}, NULL);
    errno = 0;
    ssize_t n = read(fds[0], &c, 1);
    printf("read %zd errno %s\n", n, errno == EINTR ? "EINTR" : strerror(errno));
    return 0;
}
