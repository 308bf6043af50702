// free: main reads res only after pthread_timedjoin_np returned 0.
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>
static int res;
static void *w(void *a) { (void)a; res = 7; return NULL; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, w, NULL);
    for (;;) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
        if (pthread_timedjoin_np(t, NULL, &ts) == 0)
            break;
    }
    return res;
}
