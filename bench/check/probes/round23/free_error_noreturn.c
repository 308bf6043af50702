/* TRUTH: race-free. error(1, ...) prints and calls exit(1), so the worker never reaches shared = 1; main's shared = 2 is the only access to shared. */
#include <error.h>
#include <pthread.h>
#include <stdio.h>

int shared;

static void *worker(void *arg)
{
    (void)arg;
    error(1, 0, "worker: configuration missing"); /* exits the process */
    shared = 1;                                   /* never reached */
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    shared = 2;
    pthread_join(t, NULL); /* never returns: the worker ends the process */
    return 0;
}
