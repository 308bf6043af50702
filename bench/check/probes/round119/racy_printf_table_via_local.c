/* TRUTH: racy — the table format (every entry has %n) is first loaded into a local const char *, then given to snprintf, which writes g_valcol while the pager reads it */
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
        const char *f = col_fmt[i & 1];
        snprintf(line, sizeof line, f, "timeout", &g_valcol);
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
