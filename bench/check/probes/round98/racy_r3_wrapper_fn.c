/* TRUTH: racy — set_detached() forwards DETACHED to pthread_attr_setdetachstate through a parameter; threads overlap. */
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

static void set_mode(pthread_attr_t *a, int mode) { pthread_attr_setdetachstate(a, mode); }

int main(void)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    set_mode(&attr, PTHREAD_CREATE_DETACHED);
    for (int i = 0; i < 4; i++) {
        pthread_t t;
        pthread_create(&t, &attr, bump, NULL);
        pthread_join(t, NULL);
    }
    printf("%ld\n", counter);
    pthread_attr_destroy(&attr);
    return 0;
}
