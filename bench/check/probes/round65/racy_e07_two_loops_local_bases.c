/* TRUTH: racy — main and the worker each make their own base and register on_tick (ticks++) on it; both run their loop, so on_tick runs in both threads at once */
#include <event2/event.h>
#include <pthread.h>
static int ticks;
static void on_tick(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; ticks++; }
static void run_one(void)
{
    struct event_base *b = event_base_new();
    struct event *ev = event_new(b, -1, 0, on_tick, NULL);
    struct timeval tv = {0, 1000};
    event_add(ev, &tv);
    event_base_dispatch(b);
    event_free(ev);
    event_base_free(b);
}
static void *worker(void *arg) { (void)arg; run_one(); return NULL; }
int main(void)
{
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    run_one();
    pthread_join(w, NULL);
    return ticks;
}
