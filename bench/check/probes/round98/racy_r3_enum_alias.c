/* TRUTH: racy — a program enum BACKGROUND equals PTHREAD_CREATE_DETACHED; the attr is detached, threads overlap. */
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

enum { FOREGROUND = PTHREAD_CREATE_JOINABLE, BACKGROUND = PTHREAD_CREATE_DETACHED };

int main(void)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, BACKGROUND);
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, &attr, bump, NULL);
        pthread_join(t, NULL);
    }
    printf("%ld\n", counter);
    pthread_attr_destroy(&attr);
    return 0;
}
