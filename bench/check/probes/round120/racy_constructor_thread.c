/* TRUTH: racy — a constructor function starts a background thread before main runs; it and main both update counter without synchronisation */
#include <pthread.h>
#include <unistd.h>

int counter;
static pthread_t bg;

void *background(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        counter++;
        usleep(1000);
    }
    return 0;
}

__attribute__((constructor)) static void start_bg(void)
{
    pthread_create(&bg, 0, background, 0);
}

int main(void)
{
    for (int i = 0; i < 20; i++) {
        counter += 10;
        usleep(1000);
    }
    pthread_join(bg, 0);
    return 0;
}
