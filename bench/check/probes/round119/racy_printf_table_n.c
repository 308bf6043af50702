/* TRUTH: racy — every layout in the const char *const table has %n, so snprintf writes g_valcol each line while the pager thread reads g_valcol */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int g_valcol;

static const char *const col_fmt[] = { "%s = %n", "%-12s: %n" };

static void *renderer(void *arg)
{
    (void)arg;
    char line[80];
    for (int i = 0; i < 60; i++) {
        snprintf(line, sizeof line, col_fmt[i & 1], "timeout", &g_valcol);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    long w = 0;
    pthread_create(&t, NULL, renderer, NULL);
    for (int i = 0; i < 60; i++) {
        w += g_valcol;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("w=%ld\n", w);
    return 0;
}
