/* TRUTH: racy. main memsets the whole cfg struct after creating the worker, which reads cfg.retries without synchronization. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct config {
    int retries;
    int timeout;
    char name[16];
};

static struct config cfg = { 3, 30, "svc" };
static int used;

static void *worker(void *arg)
{
    (void)arg;
    used = cfg.retries;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    memset(&cfg, 0, sizeof cfg);
    pthread_join(t, NULL);
    printf("%d\n", used);
    return 0;
}
