/* TRUTH: racy — bufferevent_trigger_event (no defer flag) runs on_event at once in main; on_event writes status, which the worker's loop callback also writes */
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <pthread.h>
static struct event_base *wbase;
static int status;
static void on_event(struct bufferevent *bev, short what, void *arg) { (void)bev, (void)arg; status = what; }
static void on_tick(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; status = -1; }
static void *worker(void *arg) { (void)arg; event_base_dispatch(wbase); return NULL; }
int main(void)
{
    wbase = event_base_new();
    struct event *tick = evtimer_new(wbase, on_tick, NULL);
    struct timeval tv = {0, 0};
    evtimer_add(tick, &tv);
    struct event_base *mb = event_base_new();
    struct bufferevent *bev = bufferevent_socket_new(mb, -1, 0);
    bufferevent_setcb(bev, NULL, NULL, on_event, NULL);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    bufferevent_trigger_event(bev, BEV_EVENT_CONNECTED, 0);
    pthread_join(w, NULL);
    bufferevent_free(bev);
    event_free(tick);
    event_base_free(mb);
    event_base_free(wbase);
    return status;
}
