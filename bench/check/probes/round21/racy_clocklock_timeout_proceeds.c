/* TRUTH: racy. update_gauge() waits at most 1 ms for gauge_lock with pthread_mutex_clocklock and, on ETIMEDOUT, updates the gauge anyway ("best effort"): 'gauge.value = v' / 'gauge.updates++' then run without the lock while the other thread (which got the lock, or also timed out) updates them too. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <errno.h>
#include <time.h>

struct gauge {
    double value;
    long updates;
};

static pthread_mutex_t gauge_lock = PTHREAD_MUTEX_INITIALIZER;
static struct gauge gauge;

static void update_gauge(double v)
{
    struct timespec dl;
    clock_gettime(CLOCK_MONOTONIC, &dl);
    dl.tv_nsec += 1000000;
    if (dl.tv_nsec >= 1000000000L) {
        dl.tv_sec++;
        dl.tv_nsec -= 1000000000L;
    }
    int rc = pthread_mutex_clocklock(&gauge_lock, CLOCK_MONOTONIC, &dl);
    gauge.value = v;
    gauge.updates++;
    if (rc == 0)
        pthread_mutex_unlock(&gauge_lock);
}

static void *meter(void *arg)
{
    double base = *(double *)arg;
    for (int i = 0; i < 100; i++)
        update_gauge(base + i);
    return NULL;
}


/* ---- build/banner helpers (single-threaded, called from main) ---- */
struct build_info {
    const char *key;
    const char *value;
};

static void print_banner(const char *prog)
{
    static const struct build_info info[] = {
        { "version", "1.4.2" },
        { "threads", "pthread" },
        { "checks", "on" },
    };
    const char *base = prog;
    for (const char *p = prog; *p; p++)
        if (*p == '/')
            base = p + 1;
    printf("%s", base);
    for (unsigned i = 0; i < sizeof info / sizeof info[0]; i++) {
        if (info[i].value == NULL || info[i].value[0] == '\0')
            continue;
        printf(" %s=%s", info[i].key, info[i].value);
    }
    printf("\n");
}
int main(void)
{
    print_banner(__FILE__);
    pthread_t a, b;
    static double ba = 0.0, bb = 1000.0;
    pthread_create(&a, NULL, meter, &ba);
    pthread_create(&b, NULL, meter, &bb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%.1f after %ld updates\n", gauge.value, gauge.updates);
    return 0;
}
