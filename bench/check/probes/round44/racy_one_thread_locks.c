/* TRUTH: racy — the logger thread locks log_len but the main thread appends without the lock */
#include <pthread.h>
#include <string.h>
static char logbuf[1024];
static int log_len;
static pthread_mutex_t log_m = PTHREAD_MUTEX_INITIALIZER;
static void log_locked(const char *s) {
    pthread_mutex_lock(&log_m);
    int n = (int)strlen(s);
    if (log_len + n < 1024) { memcpy(logbuf + log_len, s, n); log_len += n; }
    pthread_mutex_unlock(&log_m);
}
static void log_fast(const char *s) {
    int n = (int)strlen(s);
    if (log_len + n < 1024) { memcpy(logbuf + log_len, s, n); log_len += n; }
}
static void *logger(void *a) { (void)a; for (int i = 0; i < 5; i++) log_locked("bg;"); return NULL; }
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, logger, NULL);
    for (int i = 0; i < 5; i++) log_fast("fg;");
    pthread_join(t, NULL);
    return log_len;
}
