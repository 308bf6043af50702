/* TRUTH: race-free. main polls 'ready' under m at most 1000000 times and exits unless it saw 1; the loader sets ready under m after writing config.port, so when main goes on to start the server, the loader's write happens before the server's accesses (unlock->lock->create). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sched.h>

struct config {
    int port;
    int backlog;
};

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static struct config cfg;

static void *loader(void *arg)
{
    (void)arg;
    cfg.port = 8080;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *server(void *arg)
{
    (void)arg;
    cfg.port = cfg.port + 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int r = 0;
    pthread_create(&a, NULL, loader, NULL);
    for (int tries = 0; tries < 1000000; tries++) {
        pthread_mutex_lock(&m);
        r = ready;
        pthread_mutex_unlock(&m);
        if (r)
            break;
        sched_yield();
    }
    if (!r) {
        fprintf(stderr, "loader did not finish\n");
        exit(1);
    }
    pthread_create(&b, NULL, server, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    printf("%d\n", cfg.port);
    return 0;
}
