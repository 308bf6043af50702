/* TRUTH: racy. The fetcher sets 'ready = 1' and signals under m, but writes result.len/result.data only after unlocking; the waiter wakes once ready is 1 and reads result.len outside the lock, so 'result.len = n' (fetcher) and the waiter's read of result.len can run concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct result {
    int len;
    char data[64];
};

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static struct result result;

static void *fetcher(void *arg)
{
    const char *url = arg;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    /* "the waiter needs a moment to wake up anyway" */
    int n = snprintf(result.data, sizeof result.data, "<%s>", url);
    result.len = n;
    return NULL;
}

static void *waiter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("got %d bytes\n", result.len);
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
    pthread_t f, w;
    pthread_create(&w, NULL, waiter, NULL);
    pthread_create(&f, NULL, fetcher, "http://example.org/");
    pthread_join(f, NULL);
    pthread_join(w, NULL);
    return 0;
}
