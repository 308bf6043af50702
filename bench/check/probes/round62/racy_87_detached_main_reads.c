/* TRUTH: racy — the detached thread writes status; main reads status after a sleep, which gives no happens-before */
#include <pthread.h>
#include <unistd.h>
static int status;
static void *bg(void *arg)
{
    (void)arg;
    status = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, bg, NULL);
    pthread_detach(t);
    usleep(1000);
    return status;
}
