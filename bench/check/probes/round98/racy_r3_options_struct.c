/* TRUTH: racy — options.detach_state (designated-initialised JOINABLE) is changed to DETACHED before use; threads overlap. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static long counter;

static void *bump(void *arg)
{
    (void)arg;
    counter++;
    return NULL;
}

struct options { int detach_state; int workers; };

static struct options opts = { .detach_state = PTHREAD_CREATE_JOINABLE, .workers = 4 };

int main(int argc, char **argv)
{
    (void)argv;
    if (argc > 0)
        opts.detach_state = PTHREAD_CREATE_DETACHED;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, opts.detach_state);
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, &attr, bump, NULL);
        pthread_join(t, NULL);
    }
    printf("%ld\n", counter);
    pthread_attr_destroy(&attr);
    return 0;
}
