/* TRUTH: racy — the row format is a global const char * set to a "%n" literal before the threads start; fprintf writes g_rowlen while the flusher reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int g_rowlen;
static const char *g_row_fmt = "%s|%d|%n";
static FILE *g_out;

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        fprintf(g_out, g_row_fmt, "row", i, &g_rowlen);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    long s = 0;
    g_out = fopen("/dev/null", "w");
    if (!g_out)
        return 1;
    pthread_create(&t, NULL, writer, NULL);
    for (int i = 0; i < 60; i++) {
        s += g_rowlen;
        usleep(200);
    }
    pthread_join(t, NULL);
    fclose(g_out);
    printf("s=%ld\n", s);
    return 0;
}
