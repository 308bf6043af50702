/* TRUTH: racy — cfg.mode starts at 0, but main copies a whole struct into cfg (setting mode to 1) before starting the threads; both threads then take `if (cfg.mode == 1)` and increment shared without synchronization. */
#include <pthread.h>
#include <stdio.h>
struct config { int mode; int pad; };
static struct config cfg;
static const struct config fast = { 1, 0 };
static int shared;
static void *work(void *arg) {
    if (cfg.mode == 1)
        for (int i = 0; i < 10000; i++) shared++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    cfg = fast;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
