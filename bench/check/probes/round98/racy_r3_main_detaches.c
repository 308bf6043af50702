/* TRUTH: racy — main detaches each thread right after creating it (background mode), so the following join fails and orders nothing. */
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
    int background = argc > 0;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, &attr, bump, NULL);
        if (background)
            pthread_detach(t);
        pthread_join(t, NULL);
    }
    printf("%ld\n", counter);
    pthread_attr_destroy(&attr);
    return 0;
}
