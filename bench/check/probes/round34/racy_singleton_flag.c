/* TRUTH: racy — hand-rolled lazy init with a plain flag: both handlers may read cfg_ready (line 16) while the other writes it (line 18), and one may run cfg_init's writes (line 11) while the other reads cfg (line 26). */
#include <pthread.h>
#include <stdio.h>

struct config { int port; int workers; };

static int cfg_ready;
static struct config cfg;

static void cfg_init(void) {
    cfg.port = 8080; // @A
    cfg.workers = 4;
}

static const struct config *get_config(void) {
    if (!cfg_ready) { // @C
        cfg_init();
        cfg_ready = 1; // @D
    }
    return &cfg;
}

static void *handler(void *arg) {
    (void)arg;
    const struct config *c = get_config();
    long v = c->port + c->workers; // @B
    return (void *)v;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, handler, NULL);
    pthread_create(&b, NULL, handler, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", get_config()->port);
    return 0;
}
