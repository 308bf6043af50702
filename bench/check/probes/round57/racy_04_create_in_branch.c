/* TRUTH: racy — when argc>1 the loader thread writes `config` while main does `config += 1` before joining it; unordered write/write. */
#include <pthread.h>
#include <stdio.h>
static int config;
static void *loader(void *unused) {
    (void)unused;
    config = 42;
    return NULL;
}
int main(int argc, char **argv) {
    (void)argv;
    pthread_t t;
    int spawned = 0;
    if (argc > 1) {
        pthread_create(&t, NULL, loader, NULL);
        spawned = 1;
    }
    config += 1;
    if (spawned)
        pthread_join(t, NULL);
    printf("%d\n", config);
    return 0;
}
