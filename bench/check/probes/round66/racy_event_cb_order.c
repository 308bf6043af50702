/* TRUTH: racy — the loop runs on_start first (it starts 'worker'), then on_tick, which writes g without the lock while worker writes it */
#include <event2/event.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&m);
        g++;
        pthread_mutex_unlock(&m);
        usleep(100);
    }
    return NULL;
}
static void on_tick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd, (void)what, (void)arg;
    g++;
}
static void on_start(evutil_socket_t fd, short what, void *arg)
{
    (void)fd, (void)what, (void)arg;
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_detach(w);
}
int main(void)
{
    struct event_base *base = event_base_new();
    struct timeval later = {0, 2000}, now = {0, 0};
    event_base_once(base, -1, EV_TIMEOUT, on_tick, NULL, &later);
    event_base_once(base, -1, EV_TIMEOUT, on_start, NULL, &now);
    event_base_dispatch(base);
    usleep(20000);
    return 0;
}
