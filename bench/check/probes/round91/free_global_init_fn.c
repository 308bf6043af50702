/* free: load_config() (called before any thread exists) writes the config; threads
   only read it; main rewrites it after all joins. */
#include <pthread.h>
#include <stdio.h>

struct config { int verbose; int depth; };
static struct config cfg;

static void load_config(int argc) {
    cfg.verbose = argc > 1;
    cfg.depth = 3;
}

static void *task(void *arg) {
    (void)arg;
    if (cfg.verbose)
        printf("depth %d\n", cfg.depth);
    return NULL;
}

int main(int argc, char **argv) {
    (void)argv;
    load_config(argc);
    pthread_t a, b;
    pthread_create(&a, NULL, task, NULL);
    pthread_create(&b, NULL, task, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    load_config(0);
    return cfg.depth;
}
