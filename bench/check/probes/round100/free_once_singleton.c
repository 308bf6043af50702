/* TRUTH: free — the singleton pointer is set inside pthread_once and read only after pthread_once returns */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct config { char name[32]; int verbose; };

static pthread_once_t cfg_once = PTHREAD_ONCE_INIT;
static struct config *cfg;

static void load_config(void)
{
    cfg = malloc(sizeof *cfg);
    if (!cfg)
        abort();
    strcpy(cfg->name, "default");
    cfg->verbose = 1;
}

static struct config *get_config(void)
{
    pthread_once(&cfg_once, load_config);
    return cfg;
}

static void *worker(void *arg)
{
    struct config *c = get_config();
    if (c->verbose)
        printf("[%s] worker %ld\n", c->name, (long)arg);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    free(get_config());
    return 0;
}
