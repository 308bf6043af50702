/* TRUTH: racy. main runs module init hooks from a table; start_logger creates a thread writing log_lines, which main then writes without synchronization. */
#include <pthread.h>
#include <stdio.h>

static pthread_t logger;
static int log_lines;
static int config_loaded;

static void *log_thread(void *arg)
{
    (void)arg;
    log_lines++;
    return NULL;
}

static void load_config(void) { config_loaded = 1; }
static void start_logger(void) { pthread_create(&logger, NULL, log_thread, NULL); }

static void (*const hooks[])(void) = { load_config, start_logger };

int main(void)
{
    for (unsigned i = 0; i < sizeof hooks / sizeof hooks[0]; i++)
        hooks[i]();
    log_lines += 5;
    pthread_join(logger, NULL);
    printf("%d %d\n", log_lines, config_loaded);
    return 0;
}
