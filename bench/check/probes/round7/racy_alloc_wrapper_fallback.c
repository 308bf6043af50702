/* TRUTH: racy. new_ctx() returns the shared static fallback object when the pool is exhausted (always here), so both workers write the same ctx->count. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct ctx { int id; int count; };
static struct ctx fallback;
static int pool_left;

static struct ctx *new_ctx(void)
{
    if (pool_left > 0)
        return malloc(sizeof(struct ctx));
    return &fallback;
}

static void *worker(void *arg)
{
    struct ctx *c = arg;
    for (int i = 0; i < 5; i++)
        c->count++;
    return NULL;
}

static void launch(pthread_t *t)
{
    struct ctx *c = new_ctx();
    pthread_create(t, NULL, worker, c);
}

int main(void)
{
    pthread_t a, b;
    launch(&a);
    launch(&b);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", fallback.count);
    return 0;
}
