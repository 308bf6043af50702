/* TRUTH: racy — logger_stop() detaches instead of joining: main's reset lines_written = 0 (line 22) races with the logger's lines_written++ (line 11). */
#include <pthread.h>
#include <stdio.h>

static pthread_t g_logger;
static long lines_written;

static void *logger_main(void *arg) {
    (void)arg;
    for (int i = 0; i < 10; i++)
        lines_written++; // @A
    return NULL;
}

static int logger_start(void) { return pthread_create(&g_logger, NULL, logger_main, NULL); }
static void logger_stop(void) { pthread_detach(g_logger); }

int main(void) {
    if (logger_start() != 0) return 1;
    logger_stop();
    printf("%ld\n", lines_written);
    lines_written = 0; // @B
    return 0;
}
