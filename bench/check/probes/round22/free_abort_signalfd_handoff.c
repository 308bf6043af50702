/* TRUTH: race-free. (variant of ../free_signalfd_handoff.c: error paths abort() instead of return 1) SIGUSR2 is blocked in every thread (mask set before create) and read through a signalfd made before create; the reader's read() of the signalfd blocks until main's sigqueue(), which main makes after writing `level`; so the write of level happens before the reader's load. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <signal.h>
#include <stdio.h>
#include <sys/signalfd.h>
#include <unistd.h>

static int sfd;
static int level;

static void *reader(void *arg)
{
    struct signalfd_siginfo si;
    (void)arg;
    read(sfd, &si, sizeof si);
    printf("level %d\n", level);
    return NULL;
}

int main(void)
{
    pthread_t t;
    sigset_t set;
    union sigval v;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    sfd = signalfd(-1, &set, 0);
    if (sfd < 0)
        abort();
    pthread_create(&t, NULL, reader, NULL);
    level = 8;
    v.sival_int = 1;
    sigqueue(getpid(), SIGUSR2, v);
    pthread_join(t, NULL);
    close(sfd);
    return 0;
}
