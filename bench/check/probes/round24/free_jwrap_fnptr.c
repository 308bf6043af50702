/* TRUTH: race-free. joiner always points at wait_for, which joins t: worker has ended before main reads out. */
#include <pthread.h>
#include <stdio.h>

static int out;

static void *worker(void *arg)
{
    (void)arg;
    out = 77;
    return NULL;
}

static void wait_for(pthread_t th)
{
    pthread_join(th, NULL);
}

int main(void)
{
    void (*joiner)(pthread_t) = wait_for;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    joiner(t);
    printf("%d\n", out);
    return 0;
}
