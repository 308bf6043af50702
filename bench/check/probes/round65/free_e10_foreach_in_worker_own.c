/* TRUTH: free — the worker calls event_base_foreach_event itself (visit runs at once in the worker, writing nseen), then loops; main reads nseen only after the join */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *wbase;
static int nseen;
static void on_tick(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; }
static int visit(const struct event_base *b, const struct event *ev, void *arg) { (void)b, (void)ev, (void)arg; nseen++; return 0; }
static void *worker(void *arg)
{
    (void)arg;
    event_base_foreach_event(wbase, visit, NULL);
    event_base_loop(wbase, EVLOOP_ONCE);
    return NULL;
}
int main(void)
{
    wbase = event_base_new();
    struct event *ev = evtimer_new(wbase, on_tick, NULL);
    struct timeval tv = {0, 1000};
    evtimer_add(ev, &tv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(w, NULL);
    event_free(ev);
    event_base_free(wbase);
    return nseen;
}
