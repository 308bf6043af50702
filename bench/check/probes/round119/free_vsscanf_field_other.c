/* TRUTH: free — ep_scan() (vsscanf) writes only ep.port through its variadic pointer; the watchdog only writes ep.retries, a different field */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

struct endpoint {
    int port;
    int retries;
    char host[32];
};

static struct endpoint ep = { 80, 0, "localhost" };

static int ep_scan(const char *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsscanf(s, fmt, ap);
    va_end(ap);
    return n;
}

static void *reloader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        if (ep_scan("listen 8443", "listen %d", &ep.port) != 1)
            fprintf(stderr, "bad listen line\n");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reloader, NULL);
    for (int i = 0; i < 60; i++) {
        ep.retries++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("port=%d retries=%d\n", ep.port, ep.retries);
    return 0;
}
