/* TRUTH: racy — raise() runs the handler (installed by sigaction from a struct, no function handed to the call) at once; it starts the worker, which sees g == 4 before main's g = 5 (ordered by done) and writes x after unlocking, as main does */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <signal.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g, done, x;
static pthread_t t;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (g == 4) {
        done = 1;
        pthread_mutex_unlock(&m);
        x++;
        return 0;
    }
    done = 1;
    pthread_mutex_unlock(&m);
    return 0;
}

static void on_usr1(int sig)
{
    (void)sig;
    pthread_create(&t, 0, worker, 0);
}


int main(void)
{
    int d = 0;
    struct sigaction sa = {0};
    sa.sa_handler = on_usr1;
    g = 4;
    sigaction(SIGUSR1, &sa, 0);
    raise(SIGUSR1);
    while (!d) {
        pthread_mutex_lock(&m);
        d = done;
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    g = 5;
    pthread_mutex_unlock(&m);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
