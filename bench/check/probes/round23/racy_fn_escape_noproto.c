/* TRUTH: racy. main copies count_hook (kept as a void *) into hook, so both workers call count_hook and do stats++ concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

int stats;

static void quiet_hook(void) {}
static void count_hook(void) { stats++; }

static void (*hook)() = quiet_hook; /* old-style pointer type: void () */
static void *registry[2];

static void *worker(void *arg)
{
    (void)arg;
    hook();
    return NULL;
}

int main(void)
{
    registry[0] = (void *)quiet_hook;
    registry[1] = (void *)count_hook;
    memcpy(&hook, &registry[1], sizeof hook); /* install count_hook */
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
