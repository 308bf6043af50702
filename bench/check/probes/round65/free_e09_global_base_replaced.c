/* TRUTH: free — on_old is registered on the first base stored in g_base, which no loop ever runs; g_base is then replaced by a new base (with only on_new) that the worker loops; x is written by on_new in the worker and by main only after the join */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *g_base;
static int x;
static void on_old(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; x = 1; }
static void on_new(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; }
static void *worker(void *arg) { (void)arg; event_base_dispatch(g_base); return NULL; }
int main(void)
{
    struct timeval tv = {0, 1000};
    g_base = event_base_new();
    struct event *old = evtimer_new(g_base, on_old, NULL);
    evtimer_add(old, &tv);
    struct event_base *first = g_base;
    g_base = event_base_new();
    struct event *nev = evtimer_new(g_base, on_new, NULL);
    evtimer_add(nev, &tv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    x = 2;
    pthread_join(w, NULL);
    event_free(old);
    event_free(nev);
    event_base_free(first);
    event_base_free(g_base);
    return x;
}
