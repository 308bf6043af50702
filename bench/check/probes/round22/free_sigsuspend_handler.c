/* TRUTH: race-free. SIGUSR1 is blocked everywhere except inside the waiter's sigsuspend, so the handler runs in the waiter thread (got is only touched by the waiter and its own handler: same thread, sig_atomic_t). main writes `payload` before pthread_kill; the waiter reads it after sigsuspend returned with got set, ordered by the signal delivery. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t got;
static int payload;

static void on_usr1(int sig)
{
    (void)sig;
    got = 1;
}

static void *waiter(void *arg)
{
    sigset_t empty;
    (void)arg;
    sigemptyset(&empty);
    while (!got)
        sigsuspend(&empty); /* unblocks SIGUSR1 only while suspended */
    printf("payload %d\n", payload);
    return NULL;
}

int main(void)
{
    pthread_t t;
    sigset_t set;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    pthread_create(&t, NULL, waiter, NULL);
    payload = 5;
    pthread_kill(t, SIGUSR1);
    pthread_join(t, NULL);
    return 0;
}
