/* TRUTH: racy. A constructor starts a background thread before main runs; it increments ticks while main also writes ticks without synchronization. */
#include <pthread.h>
#include <stdio.h>

static pthread_t bg;
static int ticks;

static void *background(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        ticks++;
    return NULL;
}

__attribute__((constructor)) static void start_background(void)
{
    pthread_create(&bg, NULL, background, NULL);
}

int main(void)
{
    ticks = 1000;
    pthread_join(bg, NULL);
    printf("%d\n", ticks);
    return 0;
}
