/* TRUTH: racy — the persistent timer's callback runs again while the worker its first run started writes g under the lock; the callback writes g without it */
#include <event2/event.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int g, runs;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct event *tick;
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
    if (++runs == 3) {
        event_del(tick);
        return;
    }
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_detach(w);
}
int main(void)
{
    struct event_base *base = event_base_new();
    struct timeval every = {0, 2000};
    tick = event_new(base, -1, EV_PERSIST, on_tick, NULL);
    event_add(tick, &every);
    event_base_dispatch(base);
    usleep(20000);
    return 0;
}
