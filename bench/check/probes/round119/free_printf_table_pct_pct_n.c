/* TRUTH: free — both gauge formats contain "%%n" (a literal '%' then 'n'), not a %n conversion, so snprintf never writes g_width, which the UI thread updates */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int g_width = 40;

/* the trailing int * is for layouts that record the column (%n); these two do not */
static const char *const gauge_fmt[] = { "%s: 100%%nominal", "%s: 50%%nominal" };

static int render_gauge(char *out, size_t n, int k, const char *name, int *col)
{
    return snprintf(out, n, gauge_fmt[k], name, col);
}

static void *painter(void *arg)
{
    (void)arg;
    char line[64];
    for (int i = 0; i < 60; i++) {
        render_gauge(line, sizeof line, i & 1, "fan", &g_width);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, painter, NULL);
    for (int i = 0; i < 60; i++) {
        g_width = 40 + i % 20;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("width=%d\n", g_width);
    return 0;
}
