/* TRUTH: racy — the detach state is a conditional expression that mentions PTHREAD_CREATE_JOINABLE but evaluates to DETACHED here; threads overlap. */
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
    int detach = argc > 0;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, detach ? PTHREAD_CREATE_DETACHED : PTHREAD_CREATE_JOINABLE);
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, &attr, bump, NULL);
        pthread_join(t, NULL);
    }
    printf("%ld\n", counter);
    pthread_attr_destroy(&attr);
    return 0;
}
