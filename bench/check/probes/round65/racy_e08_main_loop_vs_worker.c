/* TRUTH: racy — on_timer runs in main's loop on main_base and reads 'state', which the worker writes with no synchronization */
#include <event2/event.h>
#include <pthread.h>
#include <unistd.h>
static struct event_base *main_base;
static int state, seen;
static void on_timer(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; seen = state; }
static void *worker(void *arg) { (void)arg; usleep(1000); state = 3; return NULL; }
int main(void)
{
    main_base = event_base_new();
    struct event *ev = evtimer_new(main_base, on_timer, NULL);
    struct timeval tv = {0, 2000};
    evtimer_add(ev, &tv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    event_base_dispatch(main_base);
    pthread_join(w, NULL);
    event_free(ev);
    event_base_free(main_base);
    return seen;
}
