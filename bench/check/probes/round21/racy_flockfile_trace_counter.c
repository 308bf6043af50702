/* TRUTH: racy. trace() updates trace_stats under flockfile(stderr), but trace_error() increments trace_stats.errors after funlockfile(); the second tracer thread may at that moment be inside trace() doing 'trace_stats.errors += (level > 2)' under the FILE lock, so the two errors updates race. */
#include <pthread.h>
#include <stdio.h>

struct trace_stats {
    long lines;
    long errors;
};

static struct trace_stats trace_stats;

static void trace(int level, const char *msg)
{
    flockfile(stderr);
    trace_stats.lines++;
    trace_stats.errors += (level > 2);
    fprintf(stderr, "[%d] %s\n", level, msg);
    funlockfile(stderr);
}

static void trace_error(const char *msg)
{
    flockfile(stderr);
    trace_stats.lines++;
    fprintf(stderr, "[E] %s\n", msg);
    funlockfile(stderr);
    trace_stats.errors++;            /* BUG: outside the FILE lock */
}

static void *tracer(void *arg)
{
    const char *name = arg;
    for (int i = 0; i < 5; i++) {
        if (i == 3)
            trace_error(name);
        else
            trace(i, name);
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
    pthread_t a, b;
    pthread_create(&a, NULL, tracer, "alpha");
    pthread_create(&b, NULL, tracer, "beta");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("lines %ld errors %ld\n", trace_stats.lines, trace_stats.errors);
    return 0;
}
