/* TRUTH: racy — boot() is a constructor (attribute macro on its prototype); the heartbeat thread it starts writes 'beats' while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define APP_INIT __attribute__((constructor))

static long beats;

static void *heartbeat(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        beats++;
        usleep(250);
    }
    return NULL;
}

static void boot(void) APP_INIT;

int main(void)
{
    long s = 0;
    for (int i = 0; i < 40; i++) {
        s += beats;
        usleep(250);
    }
    printf("%ld\n", s);
    return 0;
}

static void boot(void)
{
    pthread_t t;
    pthread_create(&t, NULL, heartbeat, NULL);
    pthread_detach(t);
}
