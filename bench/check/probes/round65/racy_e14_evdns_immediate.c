/* TRUTH: racy — evdns_getaddrinfo answers a numeric host at once, calling on_addr in main before it returns; on_addr reads x, which the worker (running the only loop) writes concurrently */
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/util.h>
#include <pthread.h>
#include <string.h>
static struct event_base *wbase;
static int x, answered;
static void on_addr(int err, struct evutil_addrinfo *res, void *arg)
{
    (void)arg;
    answered = err == 0 ? x : -1;
    if (res)
        evutil_freeaddrinfo(res);
}
static void *worker(void *arg)
{
    (void)arg;
    x = 3;
    event_base_loop(wbase, EVLOOP_NONBLOCK);
    return NULL;
}
int main(void)
{
    wbase = event_base_new();
    struct event_base *mb = event_base_new();
    struct evdns_base *dns = evdns_base_new(mb, 0);
    struct evutil_addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_flags = EVUTIL_AI_NUMERICHOST;
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    evdns_getaddrinfo(dns, "127.0.0.1", "80", &hints, on_addr, NULL);
    pthread_join(w, NULL);
    evdns_base_free(dns, 0);
    event_base_free(mb);
    event_base_free(wbase);
    return answered;
}
