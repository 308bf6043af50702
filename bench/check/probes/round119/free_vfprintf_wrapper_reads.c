/* TRUTH: free — logmsg() (vfprintf) only reads g_peer, which nobody writes after start; main only writes g_reconnects, which the logger never touches */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char g_peer[32] = "10.0.0.1";
static int g_reconnects;
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
    size_t n = 0;
    g_log = fopen("/dev/null", "w");
    if (!g_log)
        return 1;
    pthread_create(&t, NULL, heartbeat, NULL);
    for (int i = 0; i < 60; i++) {
        n += strlen(g_peer);
        g_reconnects++;
        usleep(200);
    }
    pthread_join(t, NULL);
    fclose(g_log);
    printf("n=%zu reconnects=%d\n", n, g_reconnects);
    return 0;
}
