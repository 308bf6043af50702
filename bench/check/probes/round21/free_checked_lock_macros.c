/* TRUTH: race-free. All accesses to the shared 'metrics' struct are between CHECK(pthread_mutex_lock(&metrics_lock)) and CHECK(pthread_mutex_unlock(&metrics_lock)); CHECK aborts on a nonzero return, so code after a successful CHECK(lock) always holds the mutex. main reads after joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define CHECK(call)                                                        \
    do {                                                                   \
        int rc_ = (call);                                                  \
        if (rc_ != 0) {                                                    \
            fprintf(stderr, "%s:%d: %s failed: %d\n", __FILE__, __LINE__, #call, rc_); \
            abort();                                                       \
        }                                                                  \
    } while (0)

struct metrics {
    long requests;
    long failures;
    double latency_sum;
};

static struct metrics metrics;
static pthread_mutex_t metrics_lock = PTHREAD_MUTEX_INITIALIZER;

static void record(int ok, double latency)
{
    CHECK(pthread_mutex_lock(&metrics_lock));
    metrics.requests++;
    if (!ok)
        metrics.failures++;
    metrics.latency_sum += latency;
    CHECK(pthread_mutex_unlock(&metrics_lock));
}

static void *client(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 25; i++)
        record((i + id) % 6 != 0, 0.5 * i + id);
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
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        CHECK(pthread_create(&t[i], NULL, client, (void *)i));
    for (int i = 0; i < 3; i++)
        CHECK(pthread_join(t[i], NULL));
    printf("%ld req, %ld fail, avg %.2f\n", metrics.requests, metrics.failures,
           metrics.latency_sum / (double)metrics.requests);
    return 0;
}
