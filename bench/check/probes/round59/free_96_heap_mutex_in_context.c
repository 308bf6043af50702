/* TRUTH: free — a single heap-allocated context holds a dynamically initialised mutex and the counters; both threads receive the same ctx pointer and only modify ctx->sum / ctx->n while holding ctx->lock; main reads after joins, then destroys. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct ctx {
    pthread_mutex_t lock;
    double sum;
    int n;
};

static void ctx_add(struct ctx *c, double v)
{
    pthread_mutex_lock(&c->lock);
    c->sum += v;
    c->n++;
    pthread_mutex_unlock(&c->lock);
}

static void *sampler(void *p)
{
    for (int i = 0; i < 10; i++)
        ctx_add(p, i * 0.5);
    return NULL;
}

int main(void)
{
    struct ctx *c = malloc(sizeof *c);
    if (!c)
        return 1;
    pthread_mutex_init(&c->lock, NULL);
    c->sum = 0;
    c->n = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, sampler, c);
    pthread_create(&b, NULL, sampler, c);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%f %d\n", c->sum, c->n);
    pthread_mutex_destroy(&c->lock);
    free(c);
    return 0;
}
