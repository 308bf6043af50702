/* TRUTH: racy — event_base_foreach_event calls visit() right away in main (not from a loop); visit reads x while the worker writes x; the worker's own loop is on a different base */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *wbase;
static int x, visited;
static void on_tick(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; }
static int visit(const struct event_base *b, const struct event *ev, void *arg)
{
    (void)b, (void)ev, (void)arg;
    visited = x;
    return 0;
}
static void *worker(void *arg)
{
    (void)arg;
    x = 1;
    event_base_loop(wbase, EVLOOP_NONBLOCK);
    return NULL;
}
int main(void)
{
    wbase = event_base_new();
    struct event_base *mb = event_base_new();
    struct event *ev = event_new(mb, -1, EV_PERSIST, on_tick, NULL);
    struct timeval tv = {10, 0};
    event_add(ev, &tv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    event_base_foreach_event(mb, visit, NULL);
    pthread_join(w, NULL);
    event_free(ev);
    event_base_free(mb);
    event_base_free(wbase);
    return visited;
}
