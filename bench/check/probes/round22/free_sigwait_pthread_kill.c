/* TRUTH: race-free. SIGUSR2 is blocked in all threads (set before create); main writes `limit` and then pthread_kill()s the waiter, whose sigwait() returns only after the signal is sent; the waiter's read of limit is ordered after main's write. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>

static int limit;

static void *waiter(void *arg)
{
    sigset_t set;
    int sig;
    (void)arg;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigwait(&set, &sig);
    printf("limit %d\n", limit);
    return NULL;
}

int main(void)
{
    pthread_t t;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    pthread_create(&t, NULL, waiter, NULL);
    limit = 10;
    pthread_kill(t, SIGUSR2);
    pthread_join(t, NULL);
    return 0;
}
