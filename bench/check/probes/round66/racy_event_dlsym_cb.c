/* TRUTH: racy — the loop in main runs on_tick (found with dlsym), which writes g while 'worker' writes it (build with -rdynamic) */
#include <dlfcn.h>
#include <event2/event.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
void on_tick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd, (void)what, (void)arg;
    g++;
}
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        g++;
        usleep(100);
    }
    return NULL;
}
int main(void)
{
    struct event_base *base = event_base_new();
    event_callback_fn cb = (event_callback_fn)dlsym(RTLD_DEFAULT, "on_tick");
    struct timeval soon = {0, 1000};
    event_base_once(base, -1, EV_TIMEOUT, cb, NULL, &soon);
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    event_base_dispatch(base);
    pthread_join(w, NULL);
    printf("%d\n", g);
    return 0;
}
