/* TRUTH: racy — the marker formats in the table end in %hhn, which writes one byte of g_mark.col while the UI thread reads g_mark.col */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct marker {
    unsigned char col;
    unsigned char row;
};

static struct marker g_mark;

static const char *const mark_fmt[] = { "[%s]%hhn", "<%s>%hhn" };

static void *painter(void *arg)
{
    (void)arg;
    char cell[32];
    for (int i = 0; i < 60; i++) {
        snprintf(cell, sizeof cell, mark_fmt[i & 1], "cpu", &g_mark.col);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    unsigned s = 0;
    pthread_create(&t, NULL, painter, NULL);
    for (int i = 0; i < 60; i++) {
        s += g_mark.col;
        g_mark.row = (unsigned char)i;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("s=%u\n", s);
    return 0;
}
