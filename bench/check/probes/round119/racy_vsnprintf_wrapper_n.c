/* TRUTH: racy — fmt_line() hands its va_list to vsnprintf; the "%n" in the caller's format writes g_indent while the renderer thread reads it */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static int g_indent;

static int fmt_line(char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(out, n, fmt, ap);
    va_end(ap);
    return r;
}

static void *logger(void *arg)
{
    (void)arg;
    char line[128];
    static const char *const tags[] = { "net", "storage" };
    for (int i = 0; i < 60; i++) {
        fmt_line(line, sizeof line, "[%s] %n%s", tags[i & 1], &g_indent, "link up");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    long cols = 0;
    pthread_create(&t, NULL, logger, NULL);
    for (int i = 0; i < 60; i++) {
        cols += g_indent;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("cols=%ld\n", cols);
    return 0;
}
