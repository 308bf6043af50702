// Not every call of an event library that takes a function registers a callback for its
// loop: event_base_foreach_event calls its function at once, in the caller, and
// bufferevent_trigger runs a bufferevent's callbacks at once too. Their functions run in the
// calling thread, here while a worker thread writes what they read. (A function handed to
// the library that way may also be kept for other threads: the analysis is incomplete.)
// INCOMPLETE
#include <pthread.h>
#include <stddef.h>

/* libevent's declarations (<event2/event.h>, <event2/bufferevent.h>), written out so that
 * the case needs no libevent headers. */
struct event_base;
struct event;
struct bufferevent;
struct timeval;
typedef int (*event_base_foreach_event_cb)(const struct event_base *, const struct event *, void *);
typedef void (*bufferevent_data_cb)(struct bufferevent *bev, void *ctx);
typedef void (*bufferevent_event_cb)(struct bufferevent *bev, short what, void *ctx);
struct event_base *event_base_new(void);
struct event *event_new(struct event_base *, int, short, void (*)(int, short, void *), void *);
int event_add(struct event *ev, const struct timeval *timeout);
int event_base_loop(struct event_base *, int);
int event_base_foreach_event(struct event_base *base, event_base_foreach_event_cb fn, void *arg);
struct bufferevent *bufferevent_socket_new(struct event_base *base, int fd, int options);
void bufferevent_setcb(struct bufferevent *bufev, bufferevent_data_cb readcb, bufferevent_data_cb writecb,
                       bufferevent_event_cb eventcb, void *cbarg);
void bufferevent_trigger(struct bufferevent *bufev, short iotype, int options);
#define EV_READ 0x02
#define EV_PERSIST 0x10

static struct event_base *wbase;
static int x, y, visited, seen;

static void on_tick(int fd, short what, void *arg) { (void)fd, (void)what, (void)arg; }

static int visit(const struct event_base *b, const struct event *ev, void *arg)
{
    (void)b, (void)ev, (void)arg;
    visited = x; // RACE (possible): runs in main, at the call
    return 0;
}

static void on_read(struct bufferevent *bev, void *ctx)
{
    (void)bev, (void)ctx;
    seen = y; // RACE (possible): bufferevent_trigger runs it in main, at the call
}

static void *worker(void *arg)
{
    (void)arg;
    x = 1; // RACE (possible)
    y = 1; // RACE (possible)
    event_base_loop(wbase, 0);
    return NULL;
}

int main(void)
{
    wbase = event_base_new();
    struct event_base *mb = event_base_new();
    struct event *ev = event_new(mb, -1, EV_PERSIST, on_tick, NULL);
    event_add(ev, NULL);
    struct bufferevent *bev = bufferevent_socket_new(mb, -1, 0);
    bufferevent_setcb(bev, on_read, NULL, NULL, NULL);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    event_base_foreach_event(mb, visit, NULL);
    bufferevent_trigger(bev, EV_READ, 0);
    pthread_join(w, NULL);
    return visited + seen;
}
