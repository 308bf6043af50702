/* TRUTH: racy — with_col is always 1 at run time, so the "%n" branch of the ternary format is the one used and snprintf writes g_col while the pager reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int g_col;

static int emit(char *out, size_t n, int with_col, const char *key)
{
    const char *fmt = with_col ? "%s: %n" : "%s: ";
    return snprintf(out, n, fmt, key, &g_col);
}

static void *formatter(void *arg)
{
    int *with_col = arg;
    char line[64];
    for (int i = 0; i < 60; i++) {
        emit(line, sizeof line, *with_col, "mtu");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static int with_col = 1;
    long s = 0;
    pthread_create(&t, NULL, formatter, &with_col);
    for (int i = 0; i < 60; i++) {
        s += g_col;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("s=%ld\n", s);
    return 0;
}
