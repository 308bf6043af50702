/* TRUTH: racy. stat_inc() increments stats.requests with a plain (non-lock-prefixed) x86 'incq' on memory; the two server threads run it concurrently on the same location (read-modify-write by both, no lock, no atomicity), so the two updates race. Other fields are under stats_lock. */
#include <pthread.h>
#include <stdio.h>

#define NSERV 2
#define NREQ 1000

struct server_stats {
    long requests;
    long errors;
    long bytes;
};

static struct server_stats stats;
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;

static inline void stat_inc(long *p)
{
#if defined(__x86_64__)
    __asm__ __volatile__("incq %0" : "+m"(*p));
#else
    (*p)++;
#endif
}

static int handle(int req)
{
    return (req % 97) == 0 ? -1 : req % 512;
}

static void *server(void *arg)
{
    int base = (int)(long)arg * NREQ;
    for (int r = 0; r < NREQ; r++) {
        int n = handle(base + r);
        stat_inc(&stats.requests);
        if (n < 0) {
            pthread_mutex_lock(&stats_lock);
            stats.errors++;
            pthread_mutex_unlock(&stats_lock);
            continue;
        }
        pthread_mutex_lock(&stats_lock);
        stats.bytes += n;
        pthread_mutex_unlock(&stats_lock);
    }
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
    pthread_t t[NSERV];
    for (long i = 0; i < NSERV; i++)
        pthread_create(&t[i], NULL, server, (void *)i);
    for (int i = 0; i < NSERV; i++)
        pthread_join(t[i], NULL);
    printf("req=%ld err=%ld bytes=%ld\n", stats.requests, stats.errors, stats.bytes);
    return 0;
}
