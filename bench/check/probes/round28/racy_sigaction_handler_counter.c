/* TRUTH: racy. The SIGALRM handler, installed with sigaction, is delivered to the ticker
   thread by pthread_kill and stores 'alarms' there, while main stores 'alarms' = 2 right
   after: volatile sig_atomic_t is not atomic between threads and pthread_kill orders nothing. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t alarms;

static void on_alarm(int sig)
{
    (void)sig;
    alarms = 1;
}

static void *ticker(void *arg)
{
    (void)arg;
    usleep(20000);
    return NULL;
}

static int install(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    return sigaction(SIGALRM, &sa, NULL);
}

int main(void)
{
    pthread_t t;
    if (install() != 0)
        return 1;
    pthread_create(&t, NULL, ticker, NULL);
    pthread_kill(t, SIGALRM);
    alarms = 2;
    pthread_join(t, NULL);
    printf("%d\n", (int)alarms);
    return 0;
}
