/* TRUTH: racy — a pointer in .ctors is run before main (the linker folds .ctors into .init_array); its thread writes ready while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_t warm;
static int ready;

static void *warmup(void *arg)
{
    (void)arg;
    usleep(5000);
    ready = 1;
    return NULL;
}

static void start_warmup(void)
{
    pthread_create(&warm, NULL, warmup, NULL);
}

static void (*const warm_ctor)(void) __attribute__((section(".ctors"), used)) = start_warmup;

int main(void)
{
    usleep(10000);
    printf("ready %d\n", ready);
    pthread_join(warm, NULL);
    return 0;
}
