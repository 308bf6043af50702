/* TRUTH: racy — log_line forwards its va_list to format_into, which calls vsnprintf; the %s there reads the global peer_name that the resolver thread rewrites concurrently */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char peer_name[32] = "unknown";
static char logbuf[128];

static void format_into(char *dst, size_t n, const char *fmt, va_list ap)
{
    vsnprintf(dst, n, fmt, ap);
}

static void log_line(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    format_into(logbuf, sizeof logbuf, fmt, ap);
    va_end(ap);
}

static void *resolver(void *arg)
{
    (void)arg;
    const char *names[] = { "db-primary", "db-replica", "cache" };
    for (int i = 0; i < 200; i++) {
        strcpy(peer_name, names[i % 3]);
        usleep(100);
    }
    return NULL;
}

static void *connector(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        log_line("connecting to %s (attempt %d)", peer_name, i);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, resolver, NULL);
    pthread_create(&b, NULL, connector, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    puts(logbuf);
    return 0;
}
