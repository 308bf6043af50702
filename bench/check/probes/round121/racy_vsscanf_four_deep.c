/* TRUTH: racy — parse_record's va_list goes through four helpers (stage1..stage4) before vsscanf writes through it into the global current.port, which the reporter thread reads concurrently */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

struct endpoint {
    int port;
    int weight;
};

static struct endpoint current;

static int stage4(const char *line, const char *fmt, va_list ap)
{
    return vsscanf(line, fmt, ap);
}

static int stage3(const char *line, const char *fmt, va_list ap)
{
    return stage4(line, fmt, ap);
}

static int stage2(const char *line, const char *fmt, va_list ap)
{
    return stage3(line, fmt, ap);
}

static int stage1(const char *line, const char *fmt, va_list ap)
{
    return stage2(line, fmt, ap);
}

static int parse_record(const char *line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = stage1(line, fmt, ap);
    va_end(ap);
    return n;
}

static void *loader(void *arg)
{
    (void)arg;
    char line[32];
    for (int i = 0; i < 200; i++) {
        snprintf(line, sizeof line, "%d %d", 8000 + i, i % 5);
        parse_record(line, "%d %d", &current.port, &current.weight);
        usleep(100);
    }
    return NULL;
}

static void *reporter(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += current.port;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    pthread_create(&b, NULL, reporter, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc);
    return 0;
}
