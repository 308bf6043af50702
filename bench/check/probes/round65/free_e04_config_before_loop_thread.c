/* TRUTH: free — main writes cfg before creating the loop thread; on_timer only reads cfg and writes out; main reads out after the join */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *base;
static int cfg, out;
static void on_timer(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; out = cfg * 2; }
static void *worker(void *arg) { (void)arg; event_base_dispatch(base); return NULL; }
int main(void)
{
    base = event_base_new();
    struct event *ev = evtimer_new(base, on_timer, NULL);
    struct timeval tv = {0, 1000};
    evtimer_add(ev, &tv);
    cfg = 21;
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(w, NULL);
    event_free(ev);
    event_base_free(base);
    return out;
}
