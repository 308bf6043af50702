/* TRUTH: free — each thread's parse_fields writes only that thread's local ints through vsscanf; the shared input lines are only read; results are published under a mutex */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static const char *const lines[] = { "10 20", "30 40" };
static long total;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static int parse_fields(const char *s, const char *fmt, ...)
{
    va_list ap, cp;
    va_start(ap, fmt);
    va_copy(cp, ap);
    int n = vsscanf(s, fmt, cp);
    va_end(cp);
    va_end(ap);
    return n;
}

static void *parser(void *arg)
{
    const char *src = arg;
    for (int i = 0; i < 200; i++) {
        int a = 0, b = 0;
        if (parse_fields(src, "%d %d", &a, &b) == 2) {
            pthread_mutex_lock(&mu);
            total += a + b;
            pthread_mutex_unlock(&mu);
        }
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, parser, (void *)lines[0]);
    pthread_create(&b, NULL, parser, (void *)lines[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
