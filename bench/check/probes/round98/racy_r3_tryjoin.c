/* TRUTH: racy — pthread_tryjoin_np returns EBUSY if the thread is still running; it is then left running and overlaps the next bump on counter. */
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
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, NULL, bump, NULL);
        if (pthread_tryjoin_np(t, NULL) != 0)
            pthread_detach(t);
    }
    return 0;
}
