/* TRUTH: free — trace() is always given the counters' address as a trailing argument, but the format has no conversion for it, so vfprintf never reads or writes g_ctr while the datapath updates it */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

struct ctr {
    long pkts;
    long drops;
};

static struct ctr g_ctr;
static FILE *g_trace;

/* TRACE(fmt, ...) appends the counter block for formats that print it with %n markers */
static void trace(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(g_trace, fmt, ap);
    va_end(ap);
}

#define TRACE(fmt, arg) trace(fmt, arg, &g_ctr.pkts)

static void *tracer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        TRACE("tick %d\n", i);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    g_trace = fopen("/dev/null", "w");
    if (!g_trace)
        return 1;
    pthread_create(&t, NULL, tracer, NULL);
    for (int i = 0; i < 60; i++) {
        g_ctr.pkts++;
        usleep(200);
    }
    pthread_join(t, NULL);
    fclose(g_trace);
    printf("pkts=%ld\n", g_ctr.pkts);
    return 0;
}
