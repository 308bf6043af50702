/* TRUTH: free — the helper thread (created only when argc>1) writes `config`; main writes `config` only after joining it under the same condition, or when the thread was never created. */
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
    if (spawned)
        pthread_join(t, NULL);
    config += 1;
    printf("%d\n", config);
    return 0;
}
