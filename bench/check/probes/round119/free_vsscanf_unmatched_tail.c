/* TRUTH: free — request lines are always HTTP/0.9 style ("GET /x"), so vsscanf stops at end of input before the third conversion and never writes g_proto, which main reads */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char g_proto[16] = "HTTP/0.9";

static int req_scan(const char *line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsscanf(line, fmt, ap);
    va_end(ap);
    return n;
}

static void *acceptor(void *arg)
{
    (void)arg;
    static const char *const reqs[] = { "GET /index.html", "GET /status" };
    for (int i = 0; i < 60; i++) {
        char method[8], path[64];
        int n = req_scan(reqs[i & 1], "%7s %63s %15s", method, path, g_proto);
        if (n < 2)
            fprintf(stderr, "bad request\n");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    size_t total = 0;
    pthread_create(&t, NULL, acceptor, NULL);
    for (int i = 0; i < 60; i++) {
        total += strlen(g_proto);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("total=%zu\n", total);
    return 0;
}
