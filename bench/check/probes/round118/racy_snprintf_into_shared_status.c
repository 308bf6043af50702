/* TRUTH: racy — the worker snprintf()s into the shared 'status' buffer while main prints it with fputs */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static char status[32] = "idle";

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        snprintf(status, sizeof status, "busy %d", i);
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    FILE *log = fopen("/dev/null", "w");
    pthread_create(&t, NULL, worker, NULL);
    for (int i = 0; i < 40; i++) {
        if (log)
            fputs(status, log);
        usleep(250);
    }
    pthread_join(t, NULL);
    if (log)
        fclose(log);
    return 0;
}
