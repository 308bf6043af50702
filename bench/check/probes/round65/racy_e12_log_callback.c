/* TRUTH: racy — with debug logging on, libevent calls log_cb from every thread that calls event_new/event_add/event_free; main and the worker both do, concurrently, and log_cb does lines++ */
#include <event2/event.h>
#include <pthread.h>
static int lines;
static void log_cb(int severity, const char *msg) { (void)severity, (void)msg; lines++; }
static void on_tick(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; }
static void churn(void)
{
    struct event_base *b = event_base_new();
    for (int i = 0; i < 50; i++) {
        struct event *ev = event_new(b, -1, 0, on_tick, NULL);
        struct timeval tv = {5, 0};
        event_add(ev, &tv);
        event_free(ev);
    }
    event_base_loop(b, EVLOOP_NONBLOCK);
    event_base_free(b);
}
static void *worker(void *arg) { (void)arg; churn(); return NULL; }
int main(void)
{
    event_set_log_callback(log_cb);
    event_enable_debug_logging(EVENT_DBG_ALL);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    churn();
    pthread_join(w, NULL);
    return lines;
}
