/* racy: the logger passes a literal AND the global msgbuf to log_msg(), which reads it, while
   the formatter thread rewrites msgbuf with snprintf without any lock. */
#include <pthread.h>
#include <stdio.h>
static char msgbuf[64];

static size_t log_msg(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}
static void *logger(void *arg) {
    size_t t = 0;
    (void)arg;
    for (int i = 0; i < 100; i++) { t += log_msg("tick"); t += log_msg(msgbuf); }
    return (void *)t;
}
static void *formatter(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++)
        snprintf(msgbuf, sizeof msgbuf, "item %d", i);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, logger, NULL);
    pthread_create(&b, NULL, formatter, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return 0;
}
