/* TRUTH: free — every layout is called with (name, &g_col), but the layouts actually used have no %n, so vsnprintf never touches the unconsumed &g_col argument while the UI thread resets g_col */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static int g_col;

/* emit(): layouts receive (name, int *col); the ones that need the column record it with %n */
static int emit(char *out, size_t n, const char *layout, ...)
{
    va_list ap;
    va_start(ap, layout);
    int r = vsnprintf(out, n, layout, ap);
    va_end(ap);
    return r;
}

static void *status_line(void *arg)
{
    (void)arg;
    char line[64];
    static const char *const names[] = { "disk0", "disk1" };
    for (int i = 0; i < 60; i++) {
        emit(line, sizeof line, "%-10s online", names[i & 1], &g_col);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, status_line, NULL);
    for (int i = 0; i < 60; i++) {
        g_col = 0; /* new screen */
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("col=%d\n", g_col);
    return 0;
}
