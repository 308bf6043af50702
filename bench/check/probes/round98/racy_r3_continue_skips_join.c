/* TRUTH: racy — on pass 1 the loop continues before joining, so that bump overlaps the next one on counter. */
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
        if (i == 1)
            continue;
        pthread_join(t, NULL);
    }
    pthread_attr_destroy(&attr);
    return 0;
}
