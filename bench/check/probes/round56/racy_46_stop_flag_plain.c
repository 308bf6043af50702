/* TRUTH: racy — the worker loops while(!stop) reading a plain int; main writes stop = 1 before joining; main write vs worker read. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int stop;
static _Atomic long iterations;

static void *spin(void *arg)
{
    (void)arg;
    while (!stop)
        iterations++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, spin, NULL);
    usleep(1000);
    stop = 1;
    pthread_join(t, NULL);
    printf("%ld\n", (long)iterations);
    return 0;
}
