/* TRUTH: racy. The pthread_once init routine starts a thread that writes x, and main writes x right after pthread_once without any synchronization. */
#include <pthread.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_t bg;
static int x;

static void *background(void *arg)
{
    (void)arg;
    x = 1;
    return 0;
}

static void start_bg(void)
{
    pthread_create(&bg, 0, background, 0);
}

int main(void)
{
    pthread_once(&once, start_bg);
    x = 2;
    pthread_join(bg, 0);
    return x;
}
