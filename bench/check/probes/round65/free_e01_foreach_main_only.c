/* TRUTH: free — count_ev runs only inside event_base_foreach_event, called by main before the worker exists; nevents is touched only by main; the worker's loop runs on_tick, which touches only ticks; main reads ticks after the join */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *wbase;
static int nevents, ticks;
static void on_tick(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; ticks++; }
static int count_ev(const struct event_base *b, const struct event *ev, void *arg)
{
    (void)b, (void)ev, (void)arg;
    nevents++;
    return 0;
}
static void *worker(void *arg)
{
    (void)arg;
    event_base_loop(wbase, EVLOOP_ONCE);
    return NULL;
}
int main(void)
{
    wbase = event_base_new();
    struct event *ev = event_new(wbase, -1, 0, on_tick, NULL);
    struct timeval tv = {0, 1000};
    event_add(ev, &tv);
    event_base_foreach_event(wbase, count_ev, NULL);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    nevents += 10;
    pthread_join(w, NULL);
    event_free(ev);
    event_base_free(wbase);
    return nevents + ticks;
}
