/* TRUTH: racy. main publishes the address of its local 'cfg' through a global pointer
   before starting the reader; the reader reads cfg.limit through it while main rewrites
   cfg.limit before joining. */
#include <pthread.h>
#include <stdio.h>

struct config {
    int limit;
    int verbose;
};

static struct config *active;

static void *reader(void *arg)
{
    (void)arg;
    int l = active->limit;
    printf("%d\n", l);
    return NULL;
}

int main(void)
{
    struct config cfg = {10, 0};
    pthread_t t;
    active = &cfg;
    pthread_create(&t, NULL, reader, NULL);
    cfg.limit = 20;
    pthread_join(t, NULL);
    return 0;
}
