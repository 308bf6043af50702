/* TRUTH: racy — pthread_join of the calling thread returns EDEADLK, so must_fail() returns and both threads write shared unlocked */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

static int shared;

static void must_fail(int rc)
{
    if (rc == 0)
        abort(); /* joining oneself cannot succeed */
}

static void *worker(void *arg)
{
    (void)arg;
    must_fail(pthread_join(pthread_self(), NULL));
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
