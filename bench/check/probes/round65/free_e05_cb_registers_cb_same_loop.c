/* TRUTH: free — first and second both run only in the worker's loop (first schedules second on the same base); main reads total after the join */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *base;
static int total;
static void second(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; total += 2; }
static void first(evutil_socket_t fd, short what, void *arg)
{
    (void)fd, (void)what, (void)arg;
    total += 1;
    struct timeval now = {0, 0};
    event_base_once(base, -1, EV_TIMEOUT, second, NULL, &now);
}
static void *worker(void *arg) { (void)arg; event_base_dispatch(base); return NULL; }
int main(void)
{
    base = event_base_new();
    struct timeval soon = {0, 1000};
    event_base_once(base, -1, EV_TIMEOUT, first, NULL, &soon);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(w, NULL);
    event_base_free(base);
    return total;
}
