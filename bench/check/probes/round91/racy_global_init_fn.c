/* racy: load_config() is called a second time (reload) while the threads are running
   and reading cfg. */
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
    load_config(argc + 1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return cfg.depth;
}
