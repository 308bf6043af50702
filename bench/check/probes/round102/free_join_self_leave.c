/* TRUTH: free — pthread_join of the calling thread returns EDEADLK, so leave_on_error() ends the worker before it writes shared; only main writes it */
#include <pthread.h>
#include <stdio.h>

static int shared;

static void leave_on_error(int rc)
{
    if (rc != 0)
        pthread_exit(NULL);
}

static void *worker(void *arg)
{
    (void)arg;
    leave_on_error(pthread_join(pthread_self(), NULL)); /* EDEADLK */
    shared = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    shared = 2;
    pthread_join(t, NULL);
    printf("%d\n", shared);
    return 0;
}
