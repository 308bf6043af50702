/* TRUTH: racy. volatile sig_atomic_t only helps with signal handlers; the plain accesses to stop_requested from two threads are a data race. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>

static volatile sig_atomic_t stop_requested;

static void *loop(void *arg)
{
    long *iters = arg;
    while (!stop_requested)
        (*iters)++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    long iters = 0;
    pthread_create(&t, NULL, loop, &iters);
    stop_requested = 1;
    pthread_join(t, NULL);
    printf("%ld\n", iters);
    return 0;
}
