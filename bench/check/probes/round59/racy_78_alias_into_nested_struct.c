/* TRUTH: racy — the worker writes ctx->inner->val; before joining, main reads the same int through the separately taken alias pv = &inner.val; write and read are unordered. */
#include <pthread.h>
#include <stdio.h>

struct inner { int val; int pad; };
struct outer { const char *name; struct inner *inner; };

static void *worker(void *p)
{
    struct outer *ctx = p;
    ctx->inner->val = 77;
    return NULL;
}

int main(void)
{
    struct inner in = { 0, 0 };
    struct outer ctx = { "w", &in };
    int *pv = &in.val;
    pthread_t t;
    pthread_create(&t, NULL, worker, &ctx);
    int early = *pv;
    pthread_join(t, NULL);
    printf("%d %d\n", early, in.val);
    return 0;
}
