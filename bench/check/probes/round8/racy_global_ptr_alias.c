/* TRUTH: racy. The thread writes config through a global pointer alias while main reads config directly before joining. */
#include <pthread.h>
#include <stdio.h>

struct config { int verbose; int level; };
static struct config config;
static struct config *active = &config;

static void *tuner(void *arg)
{
    (void)arg;
    active->level = 3;
    active->verbose = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    int lv;
    pthread_create(&t, NULL, tuner, NULL);
    lv = config.level;
    pthread_join(t, NULL);
    printf("%d %d\n", lv, config.verbose);
    return 0;
}
