/* TRUTH: race-free. Each worker counts into __thread variables (tl_ops, tl_bytes), which are private to the thread; the only shared writes are the merge into totals under totals_lock at the end of each worker; main reads totals after joining. The per-thread argument structs are distinct elements. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NW 4

static __thread long tl_ops;
static __thread long tl_bytes;

struct totals {
    long ops;
    long bytes;
    int workers_done;
};

static struct totals totals;
static pthread_mutex_t totals_lock = PTHREAD_MUTEX_INITIALIZER;

struct warg {
    int id;
    const char *payload;
};

static void do_op(const char *p)
{
    tl_ops++;
    tl_bytes += (long)strlen(p);
}

static void *worker(void *arg)
{
    const struct warg *w = arg;
    for (int i = 0; i < 10 + w->id; i++)
        do_op(w->payload);
    pthread_mutex_lock(&totals_lock);
    totals.ops += tl_ops;
    totals.bytes += tl_bytes;
    totals.workers_done++;
    pthread_mutex_unlock(&totals_lock);
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
    pthread_t t[NW];
    struct warg args[NW];
    static const char *payloads[NW] = { "a", "bb", "ccc", "dddd" };
    for (int i = 0; i < NW; i++) {
        args[i].id = i;
        args[i].payload = payloads[i];
        pthread_create(&t[i], NULL, worker, &args[i]);
    }
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%d workers: %ld ops %ld bytes\n", totals.workers_done, totals.ops, totals.bytes);
    return 0;
}
