/* TRUTH: racy — legacy API: event_set/event_add on the default base, event_dispatch in the worker; on_timer writes x while main writes x after starting the worker */
#include <event.h>
#include <pthread.h>
#include <unistd.h>
static struct event ev;
static int x;
static void on_timer(int fd, short what, void *arg) { (void)fd, (void)what, (void)arg; x = 1; }
static void *worker(void *arg) { (void)arg; event_dispatch(); return NULL; }
int main(void)
{
    event_init();
    evtimer_set(&ev, on_timer, NULL);
    struct timeval tv = {0, 1000};
    evtimer_add(&ev, &tv);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    usleep(20000);
    x = 2;
    pthread_join(w, NULL);
    return x;
}
