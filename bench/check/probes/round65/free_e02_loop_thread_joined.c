/* TRUTH: free — on_timer runs only in the worker's loop; main reads count after joining the worker */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *base;
static int count;
static void on_timer(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; count++; }
static void *worker(void *arg) { (void)arg; event_base_dispatch(base); return NULL; }
int main(void)
{
    base = event_base_new();
    struct event *ev = evtimer_new(base, on_timer, NULL);
    struct timeval tv = {0, 1000};
    evtimer_add(ev, &tv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(w, NULL);
    int r = count;
    event_free(ev);
    event_base_free(base);
    return r;
}
