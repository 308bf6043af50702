/* TRUTH: racy — the worker's callback schedules relay on main_base with event_base_once; relay runs in main's loop and writes x, which the worker's callback writes right after scheduling */
#include <event2/event.h>
#include <event2/thread.h>
#include <pthread.h>
#include <unistd.h>
static struct event_base *main_base, *work_base;
static int x;
static void relay(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; x = 1; event_base_loopbreak(main_base); }
static void on_work(evutil_socket_t fd, short what, void *arg)
{
    (void)fd, (void)what, (void)arg;
    struct timeval now = {0, 0};
    event_base_once(main_base, -1, EV_TIMEOUT, relay, NULL, &now);
    usleep(10000);
    x = 2;
}
static void *worker(void *arg) { (void)arg; event_base_dispatch(work_base); return NULL; }
int main(void)
{
    evthread_use_pthreads();
    main_base = event_base_new();
    work_base = event_base_new();
    struct timeval soon = {0, 1000};
    event_base_once(work_base, -1, EV_TIMEOUT, on_work, NULL, &soon);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    event_base_loop(main_base, EVLOOP_NO_EXIT_ON_EMPTY);
    pthread_join(w, NULL);
    return x;
}
