// racy: both threads are started with a NULL argument, so both fall back to the shared default_ctx and bump its counter without a lock.
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
    pthread_create(&a, NULL, serve, NULL);
    pthread_create(&b, NULL, serve, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", default_ctx.requests);
    return 0;
}
