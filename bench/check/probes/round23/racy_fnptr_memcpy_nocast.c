/* TRUTH: racy. main memcpy's count_hook into hook before starting the workers, so both workers call count_hook and do stats++ concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

int stats;

static void quiet_hook(void) {}
static void count_hook(void) { stats++; }

static void (*hook)(void) = quiet_hook;

static void *worker(void *arg)
{
    (void)arg;
    hook();
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    void (*chosen)(void) = argc > 0 ? count_hook : quiet_hook;
    memcpy(&hook, &chosen, sizeof hook);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
