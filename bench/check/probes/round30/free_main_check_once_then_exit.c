/* TRUTH: race-free. main reads 'ready' once under m and exits unless it is 1; the loader sets ready under m after writing cfg_port, so when main goes on to start the server, the loader's write happens before the server's write (unlock->lock->create). If main exits, the server never runs. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static int cfg_port;

static void *loader(void *arg)
{
    (void)arg;
    cfg_port = 8080;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *server(void *arg)
{
    (void)arg;
    cfg_port = 9090;
    return NULL;
}

static int loader_ready(void)
{
    pthread_mutex_lock(&m);
    int r = ready;
    pthread_mutex_unlock(&m);
    return r;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    usleep(1000);
    if (!loader_ready()) {
        fprintf(stderr, "loader too slow\n");
        exit(2);
    }
    pthread_create(&b, NULL, server, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    return 0;
}
