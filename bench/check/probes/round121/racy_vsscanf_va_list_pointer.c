/* TRUTH: racy — scanf_into passes &ap (a va_list pointer) to scan_ptr, which calls vsscanf with *app and writes the global threshold that the alarm thread reads concurrently */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static double threshold;

static int scan_ptr(const char *s, const char *fmt, va_list *app)
{
    return vsscanf(s, fmt, *app);
}

static int scanf_into(const char *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = scan_ptr(s, fmt, &ap);
    va_end(ap);
    return n;
}

static void *updater(void *arg)
{
    (void)arg;
    char buf[32];
    for (int i = 0; i < 200; i++) {
        snprintf(buf, sizeof buf, "%d.5", i);
        scanf_into(buf, "%lf", &threshold);
        usleep(100);
    }
    return NULL;
}

static void *alarm_thread(void *arg)
{
    double *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += threshold;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    double acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, updater, NULL);
    pthread_create(&b, NULL, alarm_thread, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%f\n", acc);
    return 0;
}
