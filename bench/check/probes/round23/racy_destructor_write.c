/* TRUTH: racy. when main returns, exit runs the destructor shutdown_log (level = 0) while the monitor thread, never joined, keeps reading level. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

int level;

__attribute__((destructor)) static void shutdown_log(void)
{
    level = 0;
}

static void *monitor(void *arg)
{
    (void)arg;
    for (;;) {
        if (level > 5)
            puts("high");
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    level = 1;
    pthread_create(&t, NULL, monitor, NULL);
    usleep(10000);
    return 0;
}
