/* TRUTH: racy. The pthread_once init routine starts a background thread that writes ticks, and main writes ticks afterwards without synchronization. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_t bg;
static int ticks;

static void *background(void *arg)
{
    (void)arg;
    ticks++;
    return NULL;
}

static void start_bg(void)
{
    pthread_create(&bg, NULL, background, NULL);
}

int main(void)
{
    pthread_once(&once, start_bg);
    ticks += 10;
    pthread_join(bg, NULL);
    printf("%d\n", ticks);
    return 0;
}
