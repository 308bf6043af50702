// racy: a NULL argument makes the thread use the global default_ctx, and two such threads update it concurrently.
#include <pthread.h>
#include <stdio.h>
struct ctx { int requests; int errors; };
static struct ctx default_ctx;

static void *serve(void *arg)
{
    if (!arg)
        arg = &default_ctx;
    struct ctx *c = arg;
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
