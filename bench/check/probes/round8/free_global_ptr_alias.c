/* TRUTH: free. The thread writes through a global pointer to config, and main reads config only after joining. */
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
    pthread_join(t, NULL);
    lv = config.level;
    printf("%d %d\n", lv, config.verbose);
    return 0;
}
