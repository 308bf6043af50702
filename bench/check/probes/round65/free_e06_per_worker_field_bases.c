/* TRUTH: free — each worker has its own base (me->base) and its callback updates only that worker's own counter via the callback argument; main reads counters after joins */
#include <event2/event.h>
#include <pthread.h>
struct worker { struct event_base *base; struct event *ev; int count; pthread_t tid; };
static struct worker workers[2];
static void on_timer(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what; struct worker *me = arg; me->count++; }
static void *run(void *arg) { struct worker *me = arg; event_base_dispatch(me->base); return NULL; }
static void setup(struct worker *me)
{
    me->base = event_base_new();
    me->ev = evtimer_new(me->base, on_timer, me);
    struct timeval tv = {0, 1000};
    evtimer_add(me->ev, &tv);
}
int main(void)
{
    for (int i = 0; i < 2; i++)
        setup(&workers[i]);
    for (int i = 0; i < 2; i++)
        pthread_create(&workers[i].tid, NULL, run, &workers[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(workers[i].tid, NULL);
    return workers[0].count + workers[1].count;
}
