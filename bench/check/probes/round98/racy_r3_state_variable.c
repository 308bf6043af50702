/* TRUTH: racy — the detach state comes from a variable initialised JOINABLE and switched to DETACHED; threads overlap. */
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

int main(int argc, char **argv)
{
    (void)argv;
    int state = PTHREAD_CREATE_JOINABLE;
    if (argc > 0)
        state = PTHREAD_CREATE_DETACHED;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, state);
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, &attr, bump, NULL);
        pthread_join(t, NULL);
    }
    printf("%ld\n", counter);
    pthread_attr_destroy(&attr);
    return 0;
}
