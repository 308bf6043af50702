/* TRUTH: racy — the reader fgets()s into the shared 'linebuf' while main reads linebuf[0] */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static char linebuf[64];

static void *reader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        FILE *f = fopen("/proc/self/stat", "r");
        if (!f)
            break;
        if (!fgets(linebuf, sizeof linebuf, f))
            linebuf[0] = '\0';
        fclose(f);
        usleep(500);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reader, NULL);
    int digits = 0;
    for (int i = 0; i < 40; i++) {
        digits += linebuf[0] >= '0' && linebuf[0] <= '9';
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%d\n", digits);
    return 0;
}
