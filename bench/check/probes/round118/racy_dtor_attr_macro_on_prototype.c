/* TRUTH: racy — report() is a destructor (attribute macro on its prototype) and runs after main returns while the detached pump thread still writes 'pumped' */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define APP_FINI __attribute__((destructor))

static long pumped;

static void *pump(void *arg)
{
    (void)arg;
    for (;;) {
        pumped++;
        usleep(100);
    }
    return NULL;
}

static void report(void) APP_FINI;

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, pump, NULL);
    pthread_detach(t);
    usleep(2000);
    return 0;
}

static void report(void)
{
    long s = 0;
    for (int i = 0; i < 20; i++) {
        s += pumped;
        usleep(100);
    }
    printf("%ld\n", s);
}
