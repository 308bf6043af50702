// race-free: each thread is started with its own context, so the default one is never used concurrently.
#include <pthread.h>
#include <stdio.h>
struct ctx { int requests; int errors; };
static struct ctx default_ctx;

static void *serve(void *arg)
{
    struct ctx *c = arg ? arg : &default_ctx;
    for (int i = 0; i < 100; i++)
        c->requests++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    static struct ctx ca, cb;
    pthread_create(&a, NULL, serve, &ca);
    pthread_create(&b, NULL, serve, &cb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", default_ctx.requests);
    return 0;
}
