// racy: the logger is joined only at exit, so main's later write to log_level races with the logger's read.
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
static pthread_t logger;
static int log_level = 1;

static void *log_main(void *arg)
{
    printf("level %d\n", log_level);
    return NULL;
}

static void stop_logger(void)
{
    pthread_join(logger, NULL);
}

int main(void)
{
    pthread_create(&logger, NULL, log_main, NULL);
    atexit(stop_logger);
    log_level = 3;
    return 0;
}
