/* TRUTH: free — bufferevent_trigger runs on_read at once in main, before the worker starts; got is touched only by main; the worker's loop has no events */
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <pthread.h>
static struct event_base *wbase;
static int got;
static void on_read(struct bufferevent *bev, void *arg) { (void)bev, (void)arg; got++; }
static void *worker(void *arg)
{
    (void)arg;
    event_base_loop(wbase, EVLOOP_NONBLOCK);
    return NULL;
}
int main(void)
{
    wbase = event_base_new();
    struct event_base *mb = event_base_new();
    struct bufferevent *bev = bufferevent_socket_new(mb, -1, 0);
    bufferevent_setcb(bev, on_read, NULL, NULL, NULL);
    bufferevent_trigger(bev, EV_READ, BEV_TRIG_IGNORE_WATERMARKS);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    got += 100;
    pthread_join(w, NULL);
    bufferevent_free(bev);
    event_base_free(mb);
    event_base_free(wbase);
    return got;
}
