/* TRUTH: racy — the reloader writes g_config.timeout_ms through the module's 'void *priv' while main reads it through a local 'const struct config *' */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct config { int verbose; int timeout_ms; };
static struct config g_config = { 0, 100 };

struct module { const char *name; void *priv; };
static struct module mod = { "net", &g_config };

static void *reloader(void *arg)
{
    struct module *m = arg;
    struct config *c = m->priv;
    for (int i = 0; i < 40; i++) {
        c->timeout_ms = 100 + i;
        usleep(300);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reloader, &mod);
    const struct config *cfg = &g_config;
    long waited = 0;
    for (int i = 0; i < 40; i++) {
        waited += cfg->timeout_ms;
        usleep(300);
    }
    pthread_join(t, NULL);
    printf("%ld\n", waited);
    return 0;
}
