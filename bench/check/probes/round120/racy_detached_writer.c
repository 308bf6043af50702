/* TRUTH: racy — a detached thread updates status while main polls it with plain reads; detach gives no ordering */
#include <pthread.h>
#include <unistd.h>

int status;

void *bg(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        status = i;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &at, bg, 0);
    pthread_attr_destroy(&at);
    int seen = 0;
    for (int i = 0; i < 30; i++) {
        seen += status;
        usleep(1000);
    }
    return seen >= 0 ? 0 : 1;
}
