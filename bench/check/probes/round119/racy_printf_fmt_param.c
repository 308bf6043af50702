/* TRUTH: racy — render() forwards a format parameter (always a %n layout from the table) to snprintf, which writes *col = g_col while the pager reads g_col */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int g_col;

static const char *const layouts[] = { "%s -> %n", "%s => %n" };

static int render(char *out, size_t n, const char *fmt, const char *key, int *col)
{
    return snprintf(out, n, fmt, key, col);
}

static void *renderer(void *arg)
{
    (void)arg;
    char line[64];
    for (int i = 0; i < 60; i++) {
        render(line, sizeof line, layouts[i & 1], "gateway", &g_col);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    long s = 0;
    pthread_create(&t, NULL, renderer, NULL);
    for (int i = 0; i < 60; i++) {
        s += g_col;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("s=%ld\n", s);
    return 0;
}
