/* TRUTH: racy — io_base and loop_base are the same base; on_timer is registered on io_base and runs in the worker's loop on loop_base, writing x while main writes it */
#include <event2/event.h>
#include <pthread.h>
#include <unistd.h>
static struct event_base *io_base, *loop_base;
static int x;
static void on_timer(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; x = 1; }
static void *worker(void *arg)
{
    (void)arg;
    event_base_dispatch(loop_base);
    return NULL;
}
int main(void)
{
    io_base = event_base_new();
    loop_base = io_base;
    struct event *ev = event_new(io_base, -1, 0, on_timer, NULL);
    struct timeval tv = {0, 1000};
    event_add(ev, &tv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    usleep(20000);
    x = 2;
    pthread_join(w, NULL);
    event_free(ev);
    event_base_free(io_base);
    return x;
}
