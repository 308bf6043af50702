/* TRUTH: racy — the loop thread's timer callback starts reporter; main writes mode after starting the loop thread and then starts reporter itself; the callback's reporter may read mode before the write */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *base;
static int mode;
static int seen[2];
static pthread_t early;
static void *reporter(void *arg) { seen[(long)arg] = mode; return NULL; }
static void on_timer(evutil_socket_t fd, short what, void *arg)
{
    (void)fd, (void)what, (void)arg;
    pthread_create(&early, NULL, reporter, (void *)0L);
    pthread_join(early, NULL);
}
static void *loop_thread(void *arg) { (void)arg; event_base_dispatch(base); return NULL; }
int main(void)
{
    base = event_base_new();
    struct event *ev = evtimer_new(base, on_timer, NULL);
    struct timeval tv = {0, 0};
    evtimer_add(ev, &tv);
    pthread_t l, r;
    pthread_create(&l, NULL, loop_thread, NULL);
    mode = 4;
    pthread_create(&r, NULL, reporter, (void *)1L);
    pthread_join(l, NULL);
    pthread_join(r, NULL);
    event_free(ev);
    event_base_free(base);
    return seen[0] + seen[1];
}
