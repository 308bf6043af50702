/* TRUTH: racy — volatile is not atomic: main writes keep_running while the worker reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static volatile int keep_running = 1;

static void *loop(void *arg)
{
    long n = 0;
    (void)arg;
    while (keep_running)
        n++;
    printf("looped %ld times\n", n);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, loop, NULL);
    sleep(1);
    keep_running = 0;
    pthread_join(t, NULL);
    return 0;
}
