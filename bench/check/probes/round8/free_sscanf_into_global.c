/* TRUTH: free. The parser thread sscanf's into a local and publishes it under the lock; the monitor reads it under the lock. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int port;

static void *parser(void *arg)
{
    const char *line = arg;
    int p = 0;
    if (sscanf(line, "port=%d", &p) == 1) {
        pthread_mutex_lock(&m);
        port = p;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static void *monitor(void *arg)
{
    int p;
    (void)arg;
    pthread_mutex_lock(&m);
    p = port;
    pthread_mutex_unlock(&m);
    return (void *)(long)p;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, parser, "port=8080");
    pthread_create(&b, NULL, monitor, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
