/* TRUTH: racy — cfg_scan() hands its va_list to vsscanf, which writes g_port through the variadic pointer while the server loop reads g_port */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static int g_port = 80;

static int cfg_scan(const char *line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsscanf(line, fmt, ap);
    va_end(ap);
    return n;
}

static void *reloader(void *arg)
{
    const char *line = arg;
    for (int i = 0; i < 60; i++) {
        if (cfg_scan(line, "port=%d", &g_port) != 1)
            fprintf(stderr, "bad config line\n");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    long sum = 0;
    pthread_create(&t, NULL, reloader, (void *)"port=8080");
    for (int i = 0; i < 60; i++) {
        sum += g_port;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("sum=%ld\n", sum);
    return 0;
}
