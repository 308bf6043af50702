/* TRUTH: racy — parse() hands its variadic arguments to vsscanf, which stores into 'level' while main reads it */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static int level;

static int parse(const char *src, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsscanf(src, fmt, ap);
    va_end(ap);
    return n;
}

static void *loader(void *arg)
{
    (void)arg;
    char line[32];
    for (int i = 0; i < 40; i++) {
        snprintf(line, sizeof line, "level=%d", i);
        if (parse(line, "level=%d", &level) != 1)
            puts("bad line");
        usleep(300);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, loader, NULL);
    int s = 0;
    for (int i = 0; i < 40; i++) {
        s += level;
        usleep(300);
    }
    pthread_join(t, NULL);
    printf("%d\n", s);
    return 0;
}
