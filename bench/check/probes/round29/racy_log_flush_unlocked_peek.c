/* TRUTH: racy. log_flush() tests log_len without log_mu (fast path) while workers update log_len under log_mu in log_append (read/write). */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define LOGCAP 4096

static char logbuf[LOGCAP];
static size_t log_len;
static unsigned long dropped;
static pthread_mutex_t log_mu = PTHREAD_MUTEX_INITIALIZER;

static void log_append(const char *fmt, ...)
{
    char line[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= sizeof line)
        n = (int)sizeof line - 1;
    pthread_mutex_lock(&log_mu);
    if (log_len + (size_t)n > LOGCAP) {
        dropped++;
        pthread_mutex_unlock(&log_mu);
        return;
    }
    memcpy(logbuf + log_len, line, (size_t)n);
    log_len += (size_t)n;
    pthread_mutex_unlock(&log_mu);
}

static void log_flush(FILE *out)
{
    if (log_len == 0) /* cheap check before taking the lock */
        return;
    pthread_mutex_lock(&log_mu);
    fwrite(logbuf, 1, log_len, out);
    log_len = 0;
    pthread_mutex_unlock(&log_mu);
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 50; i++)
        log_append("worker %d step %d\n", id, i);
    return NULL;
}

static void *flusher(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        log_flush(stdout);
    return NULL;
}

int main(void)
{
    pthread_t w1, w2, f;
    pthread_create(&w1, NULL, worker, (void *)1L);
    pthread_create(&w2, NULL, worker, (void *)2L);
    pthread_create(&f, NULL, flusher, NULL);
    pthread_join(w1, NULL);
    pthread_join(w2, NULL);
    pthread_join(f, NULL);
    log_flush(stdout);
    printf("dropped %lu\n", dropped);
    return 0;
}
