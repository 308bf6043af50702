/* TRUTH: racy — pthread_tryjoin_np returns EBUSY if the thread is still running (it is never joined later); bumps overlap on counter. */
#define _GNU_SOURCE
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

int main(void)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, &attr, bump, NULL);
        pthread_tryjoin_np(t, NULL);
    }
    pthread_attr_destroy(&attr);
    return 0;
}
