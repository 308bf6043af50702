/* Race-free: lazily created singleton via pthread_once; every thread calls get_config()
   which runs pthread_once first, so the init writes happen-before all reads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct config { int workers; int verbose; char name[16]; };

static struct config *instance;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init_config(void)
{
    struct config *c = malloc(sizeof *c);
    c->workers = 4;
    c->verbose = 1;
    snprintf(c->name, sizeof c->name, "svc");
    instance = c;
}

static struct config *get_config(void)
{
    pthread_once(&once, init_config);
    return instance;
}

static void *worker(void *arg)
{
    struct config *c = get_config();
    long id = (long)arg;
    return (void *)(id * c->workers + c->verbose + c->name[0]);
}

int main(void)
{
    pthread_t t[4];
    void *r;
    long s = 0;
    for (long i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], &r);
        s += (long)r;
    }
    printf("%ld\n", s);
    free(instance);
    return 0;
}
