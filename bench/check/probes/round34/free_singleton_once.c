/* TRUTH: free — cfg is written only inside cfg_init (line 11), run by pthread_once on the global once object; every read (line 23) follows a pthread_once call on that object, which happens after the init call completes. */
#include <pthread.h>
#include <stdio.h>

struct config { int port; int workers; };

static pthread_once_t cfg_once = PTHREAD_ONCE_INIT;
static struct config cfg;

static void cfg_init(void) {
    cfg.port = 8080; // @A
    cfg.workers = 4;
}

static const struct config *get_config(void) {
    pthread_once(&cfg_once, cfg_init);
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
