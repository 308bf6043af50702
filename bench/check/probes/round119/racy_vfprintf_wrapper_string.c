/* TRUTH: racy — logmsg() hands its va_list to vfprintf, which reads the %s argument g_peer while the connection thread rewrites g_peer[] */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static char g_peer[32] = "10.0.0.1";
static FILE *g_log;

static void logmsg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(g_log, fmt, ap);
    va_end(ap);
}

static void *heartbeat(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        logmsg("heartbeat peer=%s seq=%d\n", g_peer, i);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    g_log = fopen("/dev/null", "w");
    if (!g_log)
        return 1;
    pthread_create(&t, NULL, heartbeat, NULL);
    for (int i = 0; i < 60; i++) {
        g_peer[7] = (char)('0' + i % 10);
        usleep(200);
    }
    pthread_join(t, NULL);
    fclose(g_log);
    printf("peer=%s\n", g_peer);
    return 0;
}
