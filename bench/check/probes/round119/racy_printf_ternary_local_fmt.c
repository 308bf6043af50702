/* TRUTH: racy — fmt is picked by a ternary between two literals that both contain %n, so snprintf writes g_mark every line while the status thread reads g_mark */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int g_mark;
static int g_wide = 1;

static void *formatter(void *arg)
{
    (void)arg;
    char line[64];
    for (int i = 0; i < 60; i++) {
        const char *fmt = g_wide ? "%-16s|%n" : "%s|%n";
        snprintf(line, sizeof line, fmt, "eth0", &g_mark);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    long s = 0;
    pthread_create(&t, NULL, formatter, NULL);
    for (int i = 0; i < 60; i++) {
        s += g_mark;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("s=%ld\n", s);
    return 0;
}
