/* TRUTH: racy. set_option() stores log_unlocked into cfg.log_fn through a void** slot; both request threads call cfg.log_fn -> log_unlocked(), whose 'log_lines++' and 'log_pos' updates are unlocked writes in two concurrently running threads. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NREQ 2
#define LOGSZ 256

typedef void (*log_fn_t)(const char *msg);

struct config {
    int verbose;
    log_fn_t log_fn;
    int max_conn;
};

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static char log_buf[LOGSZ];
static int log_pos;
static long log_lines;

static void log_locked(const char *msg)
{
    pthread_mutex_lock(&log_lock);
    size_t n = strlen(msg);
    if (log_pos + (int)n < LOGSZ) {
        memcpy(log_buf + log_pos, msg, n);
        log_pos += (int)n;
    }
    log_lines++;
    pthread_mutex_unlock(&log_lock);
}

static void log_unlocked(const char *msg)
{
    size_t n = strlen(msg);
    if (log_pos + (int)n < LOGSZ)
        log_pos += (int)n;
    log_lines++;
}

static struct config cfg = { 1, log_locked, 16 };

enum opt { OPT_VERBOSE, OPT_LOGGER, OPT_MAXCONN };

static int set_option(enum opt o, void **slot, void *value)
{
    switch (o) {
    case OPT_LOGGER:
        *slot = value;
        return 0;
    default:
        return -1;
    }
}

static void *request_thread(void *arg)
{
    const char *who = arg;
    char line[64];
    for (int i = 0; i < 4; i++) {
        snprintf(line, sizeof line, "%s:%d\n", who, i);
        cfg.log_fn(line);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t[NREQ];
    static const char *names[NREQ] = { "alpha", "beta" };

    (void)argv;
    if (argc >= 1)
        set_option(OPT_LOGGER, (void **)&cfg.log_fn, (void *)log_unlocked);
    for (int i = 0; i < NREQ; i++)
        pthread_create(&t[i], NULL, request_thread, (void *)names[i]);
    for (int i = 0; i < NREQ; i++)
        pthread_join(t[i], NULL);
    printf("%ld lines, %d bytes\n", log_lines, log_pos);
    return 0;
}
