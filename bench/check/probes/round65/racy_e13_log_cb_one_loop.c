/* TRUTH: racy — with debug logging on, libevent calls log_cb from the thread that calls event_new/event_add/event_free: main does so (no loop in main) while the worker runs its own churn and loop; both run log_cb (lines++) concurrently */
#include <event2/event.h>
#include <pthread.h>
static int lines;
static void log_cb(int severity, const char *msg) { (void)severity, (void)msg; lines++; }
static void on_tick(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; }
static struct event_base *wbase;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        struct event *ev = event_new(wbase, -1, 0, on_tick, NULL);
        struct timeval tv = {5, 0};
        event_add(ev, &tv);
        event_free(ev);
    }
    event_base_loop(wbase, EVLOOP_NONBLOCK);
    return NULL;
}
int main(void)
{
    event_set_log_callback(log_cb);
    event_enable_debug_logging(EVENT_DBG_ALL);
    wbase = event_base_new();
    struct event_base *mb = event_base_new();
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    for (int i = 0; i < 50; i++) {
        struct event *ev = event_new(mb, -1, 0, on_tick, NULL);
        struct timeval tv = {5, 0};
        event_add(ev, &tv);
        event_free(ev);
    }
    pthread_join(w, NULL);
    event_base_free(mb);
    event_base_free(wbase);
    return lines;
}
