/* TRUTH: race-free. SIGUSR1 is blocked in main before the waiter is created (the mask is inherited), so the process-directed signal main sigqueue()s after writing `config` stays pending until the waiter's sigwaitinfo() accepts it; the waiter reads config only after that, ordered after main's store by the kernel's signal queue. */
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
    config = 3;
    v.sival_int = 0;
    sigqueue(getpid(), SIGUSR1, v);
    pthread_join(t, NULL);
    return 0;
}
