/* TRUTH: racy. volatile is not synchronization: the plain volatile accesses to done race, and so do the write and read of result. */
#include <pthread.h>
#include <stdio.h>

static volatile int done;
static int result;

static void *worker(void *arg)
{
    (void)arg;
    result = 123;
    done = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    while (!done)
        ;
    printf("%d\n", result);
    pthread_join(t, NULL);
    return 0;
}
