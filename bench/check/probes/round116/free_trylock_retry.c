/* TRUTH: free — the watchdog ping uses mutex_trylock in a retry loop and touches dev->last_ping only once the trylock has succeeded */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <unistd.h>

struct wdt_dev {
    pthread_mutex_t lock;
    unsigned long last_ping;
    unsigned timeout;
    unsigned busy_retries;
};

static struct wdt_dev wdt = { PTHREAD_MUTEX_INITIALIZER, 0, 30, 0 };

static void wdt_ping(struct wdt_dev *w, unsigned long now) {
    unsigned retries = 0;
    while (pthread_mutex_trylock(&w->lock) != 0) { retries++; sched_yield(); }
    w->last_ping = now;
    w->busy_retries += retries;
    pthread_mutex_unlock(&w->lock);
}

static void wdt_set_timeout(struct wdt_dev *w, unsigned t) {
    pthread_mutex_lock(&w->lock);
    w->timeout = t;
    w->last_ping = 0;
    usleep(20);
    pthread_mutex_unlock(&w->lock);
}

static void *pinger(void *a) { for (unsigned long i = 1; i <= 20; i++) { wdt_ping(a, i); usleep(10); } return NULL; }
static void *configurator(void *a) { for (unsigned i = 0; i < 5; i++) { wdt_set_timeout(a, 10 + i); usleep(30); } return NULL; }

int main(void) {
    pthread_t p, c;
    pthread_create(&p, NULL, pinger, &wdt);
    pthread_create(&c, NULL, configurator, &wdt);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%lu %u\n", wdt.last_ping, wdt.timeout);
    return 0;
}
