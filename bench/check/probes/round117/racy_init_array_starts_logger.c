/* TRUTH: racy — the .init_array hook starts the logger thread before main; it bumps lines while main bumps lines, with no ordering until the join */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_t logger;
static long lines;

static void *log_thread(void *arg)
{
    (void)arg;
    usleep(5000);
    lines++;
    return NULL;
}

static void start_logger(void)
{
    pthread_create(&logger, NULL, log_thread, NULL);
}

static void (*const init_hook)(void) __attribute__((section(".init_array"), used)) = start_logger;

int main(void)
{
    lines++;
    usleep(10000);
    pthread_join(logger, NULL);
    printf("%ld\n", lines);
    return 0;
}
