/* TRUTH: racy — thread writes cfg.retries directly; main writes the same field through alias pointer `view` (= &cfg) before joining; main vs setter thread. */
#include <pthread.h>
#include <stdio.h>

struct config { int retries; int timeout; };
static struct config cfg = { 3, 10 };
static struct config *view = &cfg;

static void *setter(void *arg)
{
    (void)arg;
    cfg.retries = 7;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, setter, NULL);
    view->retries = 1;
    view->timeout = 20;
    pthread_join(t, NULL);
    printf("%d %d\n", cfg.retries, cfg.timeout);
    return 0;
}
