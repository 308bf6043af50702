/* TRUTH: race-free. log_mutex points at default_log_mutex for the whole run (never reassigned); the writer locks through log_mutex, the rotator locks default_log_mutex directly: one mutex around log_lines/log_bytes. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static pthread_mutex_t default_log_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *log_mutex = &default_log_mutex;
static long log_lines, log_bytes;

static void log_write(const char *msg)
{
    pthread_mutex_lock(log_mutex);
    log_lines++;
    log_bytes += (long)strlen(msg);
    pthread_mutex_unlock(log_mutex);
}

static void *app(void *arg)
{
    (void)arg;
    log_write("request served");
    return NULL;
}

static void *rotator(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&default_log_mutex);
    log_lines = 0;
    log_bytes = 0;
    pthread_mutex_unlock(&default_log_mutex);
    return NULL;
}

int main(void)
{
    pthread_t a, r;
    pthread_create(&a, NULL, app, NULL);
    pthread_create(&r, NULL, rotator, NULL);
    pthread_join(a, NULL);
    pthread_join(r, NULL);
    printf("%ld %ld\n", log_lines, log_bytes);
    return 0;
}
