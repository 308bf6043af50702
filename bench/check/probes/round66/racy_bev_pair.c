/* TRUTH: racy — a bufferevent pair without BEV_OPT_DEFER_CALLBACKS runs the partner's read callback inside bufferevent_write, in thread 'writer', while main writes g */
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/thread.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int g;
static struct bufferevent *pair[2];
static void readcb(struct bufferevent *bev, void *arg)
{
    (void)arg;
    char c;
    bufferevent_read(bev, &c, 1);
    g++;
}
static void *writer(void *arg)
{
    (void)arg;
    bufferevent_write(pair[0], "x", 1);
    return NULL;
}
int main(void)
{
    evthread_use_pthreads();
    struct event_base *base = event_base_new();
    bufferevent_pair_new(base, BEV_OPT_THREADSAFE, pair);
    bufferevent_setcb(pair[1], readcb, NULL, NULL, NULL);
    bufferevent_enable(pair[1], EV_READ);
    pthread_t t;
    pthread_create(&t, NULL, writer, NULL);
    for (int i = 0; i < 100; i++) {
        g++;
        usleep(100);
    }
    pthread_join(t, NULL);
    event_base_loop(base, EVLOOP_NONBLOCK);
    printf("%d\n", g);
    return 0;
}
