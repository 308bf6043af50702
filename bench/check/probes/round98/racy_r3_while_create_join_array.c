/* TRUTH: racy — ts[0] is joined only on pass 0; threads 1..3 run concurrently (joined only after the loop) and overlap on counter. */
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
    pthread_t ts[4];
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE);
    int i = 0;
    while (i < 4) {
        pthread_create(&ts[i], &attr, bump, NULL);
        if (i == 0)
            pthread_join(ts[0], NULL);
        i++;
    }
    for (i = 1; i < 4; i++)
        pthread_join(ts[i], NULL);
    printf("%ld\n", counter);
    return 0;
}
