/* TRUTH: racy — srv.base is the same base as g_base; on_timer, registered on srv->base, runs in the worker's loop on g_base and writes x while main writes x */
#include <event2/event.h>
#include <pthread.h>
#include <unistd.h>
struct server { struct event_base *base; struct event *ev; };
static struct event_base *g_base;
static int x;
static void on_timer(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; x = 1; }
static void *worker(void *arg) { (void)arg; event_base_dispatch(g_base); return NULL; }
static void setup(struct server *srv)
{
    struct timeval tv = {0, 1000};
    srv->ev = evtimer_new(srv->base, on_timer, NULL);
    evtimer_add(srv->ev, &tv);
}
int main(void)
{
    static struct server srv;
    g_base = event_base_new();
    srv.base = g_base;
    setup(&srv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    usleep(20000);
    x = 2;
    pthread_join(w, NULL);
    event_free(srv.ev);
    event_base_free(g_base);
    return x;
}
