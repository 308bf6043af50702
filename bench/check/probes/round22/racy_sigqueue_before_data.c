/* TRUTH: racy. main queues the signal BEFORE writing `config`; the waiter's sigwaitinfo can return immediately and its read of config overlaps main's write. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

static int config;

static void *waiter(void *arg)
{
    sigset_t set;
    siginfo_t info;
    (void)arg;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigwaitinfo(&set, &info);
    printf("config %d\n", config);
    return NULL;
}

int main(void)
{
    pthread_t t;
    sigset_t set;
    union sigval v;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    pthread_create(&t, NULL, waiter, NULL);
    v.sival_int = 0;
    sigqueue(getpid(), SIGUSR1, v);
    config = 3; /* too late */
    pthread_join(t, NULL);
    return 0;
}
