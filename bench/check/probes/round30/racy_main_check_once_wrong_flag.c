/* TRUTH: racy. main checks 'started', which the loader sets before writing cfg_port; the server's write of cfg_port races with the loader's write cfg_port = 8080. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int started;
static int cfg_port;

static void *loader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    started = 1;
    pthread_mutex_unlock(&m);
    cfg_port = 8080;
    return NULL;
}

static void *server(void *arg)
{
    (void)arg;
    cfg_port = 9090;
    return NULL;
}

static int loader_started(void)
{
    pthread_mutex_lock(&m);
    int r = started;
    pthread_mutex_unlock(&m);
    return r;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    usleep(1000);
    if (!loader_started()) {
        fprintf(stderr, "loader too slow\n");
        exit(2);
    }
    pthread_create(&b, NULL, server, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    return 0;
}
