/* TRUTH: racy. pthread_mutex_trylock returns 0 on success, but flush_if_idle() treats a nonzero result as "got it": when the lock is BUSY (held by the appender inside its critical section) the flusher executes 'pending = 0' without holding it, concurrently with the appender's 'pending++' (when trylock succeeds it just unlocks and returns). */
#include <pthread.h>
#include <stdio.h>
#include <errno.h>

static pthread_mutex_t buf_lock = PTHREAD_MUTEX_INITIALIZER;
static int pending;
static long flushed;
static char ring[128];

static void append(char c)
{
    pthread_mutex_lock(&buf_lock);
    ring[pending % 128] = c;
    pending++;
    pthread_mutex_unlock(&buf_lock);
}

static int flush_if_idle(void)
{
    if (pthread_mutex_trylock(&buf_lock)) {   /* BUG: inverted, meant == 0 */
        int n = pending;
        pending = 0;
        flushed += n;
        return n;
    }
    pthread_mutex_unlock(&buf_lock);
    return 0;
}

static void *appender(void *arg)
{
    const char *s = arg;
    for (int r = 0; r < 20; r++)
        for (const char *p = s; *p; p++)
            append(*p);
    return NULL;
}

static void *flusher(void *arg)
{
    long total = 0;
    (void)arg;
    for (int i = 0; i < 50; i++)
        total += flush_if_idle();
    return (void *)total;
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
    pthread_t a, f;
    pthread_create(&a, NULL, appender, "abcdef");
    pthread_create(&f, NULL, flusher, NULL);
    pthread_join(a, NULL);
    pthread_join(f, NULL);
    printf("flushed %ld pending %d\n", flushed, pending);
    return 0;
}
