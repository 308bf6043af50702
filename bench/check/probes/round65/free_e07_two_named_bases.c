/* TRUTH: free — on_main runs only in main's loop on main_base (writes main_ticks), on_work only in the worker's loop on work_base (writes work_ticks); main reads work_ticks after the join */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *main_base, *work_base;
static int main_ticks, work_ticks;
static void on_main(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; main_ticks++; }
static void on_work(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; work_ticks++; }
static void *worker(void *arg) { (void)arg; event_base_dispatch(work_base); return NULL; }
int main(void)
{
    main_base = event_base_new();
    work_base = event_base_new();
    struct timeval tv = {0, 1000};
    struct event *em = evtimer_new(main_base, on_main, NULL);
    struct event *ew = evtimer_new(work_base, on_work, NULL);
    evtimer_add(em, &tv);
    evtimer_add(ew, &tv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    event_base_dispatch(main_base);
    main_ticks++;
    pthread_join(w, NULL);
    event_free(em);
    event_free(ew);
    return main_ticks + work_ticks;
}
