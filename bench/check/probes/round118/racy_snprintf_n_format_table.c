/* TRUTH: racy — the formatter's format comes from a table and contains %n, so snprintf writes 'width' while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int width;
static const char *const formats[] = { "id=%d%n|", "[%d]%n" };

static void *formatter(void *arg)
{
    (void)arg;
    char line[32];
    for (int i = 0; i < 40; i++) {
        snprintf(line, sizeof line, formats[i & 1], i, &width);
        usleep(300);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, formatter, NULL);
    int s = 0;
    for (int i = 0; i < 40; i++) {
        s += width;
        usleep(300);
    }
    pthread_join(t, NULL);
    printf("%d\n", s);
    return 0;
}
