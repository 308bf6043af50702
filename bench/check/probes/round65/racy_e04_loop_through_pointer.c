/* TRUTH: racy — the worker runs the loop through a function pointer; on_timer (x++) runs in the worker while main writes x after starting it */
#include <event2/event.h>
#include <pthread.h>
#include <unistd.h>
static struct event_base *base;
static int x;
static void on_timer(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; x++; }
static int (*run_loop)(struct event_base *) = event_base_dispatch;
static void *worker(void *arg)
{
    (void)arg;
    run_loop(base);
    return NULL;
}
int main(void)
{
    base = event_base_new();
    struct event *ev = evtimer_new(base, on_timer, NULL);
    struct timeval tv = {0, 1000};
    evtimer_add(ev, &tv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    usleep(20000);
    x = 10;
    pthread_join(w, NULL);
    event_free(ev);
    event_base_free(base);
    return x;
}
