/* Test program: three threads that mostly sleep (weft analyze must call it idle). */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static void *nap(void *arg)
{
    (void)arg;
    struct timespec ts = {0, 40 * 1000 * 1000};
    volatile unsigned x = 0;
    for (int i = 0; i < 10; i++) {
        for (int k = 0; k < 20000; k++) /* a little work between naps */
            x += (unsigned)k;
        nanosleep(&ts, NULL);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, nap, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    puts("slept");
    return 0;
}
