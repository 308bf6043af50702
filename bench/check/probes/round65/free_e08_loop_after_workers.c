/* TRUTH: free — the workers fill results and are joined; only then does main register on_timer and run the loop itself; on_timer reads results in main */
#include <event2/event.h>
#include <pthread.h>
static struct event_base *base;
static int results[2], sum;
static void *worker(void *arg) { long i = (long)arg; results[i] = (int)i + 1; return NULL; }
static void on_timer(evutil_socket_t fd, short what, void *arg) { (void)fd, (void)what, (void)arg; sum = results[0] + results[1]; }
int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    base = event_base_new();
    struct event *ev = evtimer_new(base, on_timer, NULL);
    struct timeval tv = {0, 1000};
    evtimer_add(ev, &tv);
    event_base_dispatch(base);
    event_free(ev);
    event_base_free(base);
    return sum;
}
