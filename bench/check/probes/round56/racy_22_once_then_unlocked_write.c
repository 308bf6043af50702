/* TRUTH: racy — pthread_once makes the init safe, but every worker then writes settings.uses++ without a lock; worker vs worker. */
#include <pthread.h>
#include <stdio.h>

struct settings { int level; int uses; };
static struct settings settings;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init_settings(void)
{
    settings.level = 3;
    settings.uses = 0;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_once(&once, init_settings);
    settings.uses++;
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", settings.level, settings.uses);
    return 0;
}
