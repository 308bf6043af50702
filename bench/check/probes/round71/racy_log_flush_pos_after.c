/* TRUTH: racy — log_flush resets g_log.pos after dropping the lock; writers update pos under the lock */
#include <pthread.h>
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

#define LOGCAP 4096
#define NTHREADS 4

enum level { LV_DEBUG, LV_INFO, LV_WARN, LV_ERROR };

struct logger {
    pthread_mutex_t mu;
    char buf[LOGCAP];
    size_t pos;
    unsigned long dropped;
    unsigned long lines[4];
    int min_level;
};

static struct logger g_log = { .mu = PTHREAD_MUTEX_INITIALIZER, .min_level = LV_INFO };

static void log_append_locked(const char *s, size_t n)
{
    if (g_log.pos + n >= LOGCAP) {
        g_log.dropped++;
        return;
    }
    memcpy(g_log.buf + g_log.pos, s, n);
    g_log.pos += n;
}

static void log_msg(int lvl, const char *fmt, ...)
{
    char line[128];
    va_list ap;
    int n;
    if (lvl < LV_DEBUG || lvl > LV_ERROR)
        return;
    va_start(ap, fmt);
    n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= sizeof line)
        n = sizeof line - 1;
    pthread_mutex_lock(&g_log.mu);
    if (lvl >= g_log.min_level) {
        log_append_locked(line, (size_t)n);
        g_log.lines[lvl]++;
    }
    pthread_mutex_unlock(&g_log.mu);
}

static void log_set_level(int lvl)
{
    pthread_mutex_lock(&g_log.mu);
    g_log.min_level = lvl;
    pthread_mutex_unlock(&g_log.mu);
}

static size_t log_flush(FILE *out)
{
    size_t n;
    pthread_mutex_lock(&g_log.mu);
    n = g_log.pos;
    fwrite(g_log.buf, 1, n, out);
    pthread_mutex_unlock(&g_log.mu);
    g_log.pos = 0;
    return n;
}

static void *app_thread(void *arg)
{
    long id = (long)arg;
    int i;
    for (i = 0; i < 20; i++) {
        log_msg(i % 4, "thread %ld step %d\n", id, i);
        if (id == 0 && i == 10)
            log_set_level(LV_DEBUG);
    }
    return NULL;
}

static void *flusher(void *arg)
{
    size_t total = 0;
    int i;
    (void)arg;
    for (i = 0; i < 5; i++)
        total += log_flush(stderr);
    return (void *)total;
}

int main(void)
{
    pthread_t th[NTHREADS], fl;
    long i;
    pthread_create(&fl, NULL, flusher, NULL);
    for (i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, app_thread, (void *)i);
    for (i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    pthread_join(fl, NULL);
    log_flush(stderr);
    printf("dropped=%lu errors=%lu\n", g_log.dropped, g_log.lines[LV_ERROR]);
    return 0;
}
