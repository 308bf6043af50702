// The racy twin of gcc_ctor_dtor.c: a destructor runs when main returns while a thread main
// did not join may still run.
#include <pthread.h>

static int state;

__attribute__((destructor)) static void teardown(void)
{
    state = 0; // RACE (definite): the worker may still run
}

static void *worker(void *arg)
{
    (void)arg;
    return (void *)(long)state; // RACE (definite)
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    return 0;
}
