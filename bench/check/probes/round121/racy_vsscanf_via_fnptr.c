/* TRUTH: racy — read_pair calls the scanner through a function pointer (scan_impl = do_scan), which hands the va_list to vsscanf and writes the global dims.w that the painter thread reads concurrently */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

struct dims {
    int w;
    int h;
};

static struct dims dims;

static int do_scan(const char *s, const char *fmt, va_list ap)
{
    return vsscanf(s, fmt, ap);
}

static int (*scan_impl)(const char *, const char *, va_list) = do_scan;

static int read_pair(const char *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = scan_impl(s, fmt, ap);
    va_end(ap);
    return n;
}

static void *resizer(void *arg)
{
    (void)arg;
    char buf[32];
    for (int i = 0; i < 200; i++) {
        snprintf(buf, sizeof buf, "%dx%d", 640 + i, 480);
        read_pair(buf, "%dx%d", &dims.w, &dims.h);
        usleep(100);
    }
    return NULL;
}

static void *painter(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += dims.w;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, resizer, NULL);
    pthread_create(&b, NULL, painter, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc);
    return 0;
}
