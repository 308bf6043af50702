/* TRUTH: racy — first (in worker A's loop on base_a) schedules second with event_base_once on base_b, run by worker B's loop; second writes total while worker A's first also writes total afterwards */
#include <event2/event.h>
#include <event2/thread.h>
#include <pthread.h>
#include <unistd.h>
static struct event_base *base_a, *base_b;
static int total;
static void second(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; total += 2; }
static void first(evutil_socket_t fd, short what, void *arg)
{
    (void)fd, (void)what, (void)arg;
    struct timeval now = {0, 0};
    event_base_once(base_b, -1, EV_TIMEOUT, second, NULL, &now);
    usleep(20000);
    total += 1;
}
static void *loop_a(void *arg) { (void)arg; event_base_dispatch(base_a); return NULL; }
static void *loop_b(void *arg) { (void)arg; event_base_loop(base_b, EVLOOP_NO_EXIT_ON_EMPTY); return NULL; }
int main(void)
{
    evthread_use_pthreads();
    base_a = event_base_new();
    base_b = event_base_new();
    struct timeval soon = {0, 1000};
    event_base_once(base_a, -1, EV_TIMEOUT, first, NULL, &soon);
    pthread_t a, b;
    pthread_create(&b, NULL, loop_b, NULL);
    pthread_create(&a, NULL, loop_a, NULL);
    pthread_join(a, NULL);
    usleep(20000);
    event_base_loopbreak(base_b);
    pthread_join(b, NULL);
    return total;
}
