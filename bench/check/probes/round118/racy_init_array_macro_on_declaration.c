/* TRUTH: racy — 'hook' is placed in .init_array by a macro on its first declaration, so start_poller runs before main and its thread writes 'polls' while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define INIT_SECTION __attribute__((section(".init_array"), used))

static long polls;

static void *poller(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        polls++;
        usleep(250);
    }
    return NULL;
}

static void start_poller(void)
{
    pthread_t t;
    pthread_create(&t, NULL, poller, NULL);
    pthread_detach(t);
}

static void (*hook)(void) INIT_SECTION;
static void (*hook)(void) = start_poller;

int main(void)
{
    long s = 0;
    for (int i = 0; i < 40; i++) {
        s += polls;
        usleep(250);
    }
    printf("%ld\n", s);
    return 0;
}
