/* TRUTH: racy. Each worker gets its own heap context holding its own once_flag, so load_defaults runs once PER THREAD. Worker 1's load_defaults writes `defaults` (under m) while worker 2, past its own call_once, reads defaults without m: unordered write/read. */
#include <stdio.h>
#include <stdlib.h>
#include <threads.h>

struct ctx {
    once_flag once;
    int id;
};

static mtx_t m;
static int defaults;

static void load_defaults(void)
{
    mtx_lock(&m);
    defaults = 8;
    mtx_unlock(&m);
}

static int worker(void *arg)
{
    struct ctx *c = arg;
    call_once(&c->once, load_defaults);
    printf("%d: %d\n", c->id, defaults);
    return 0;
}

static struct ctx *new_ctx(int id)
{
    struct ctx *c = malloc(sizeof *c);
    if (!c)
        exit(1);
    c->once = (once_flag)ONCE_FLAG_INIT;
    c->id = id;
    return c;
}

int main(void)
{
    thrd_t a, b;
    struct ctx *ca = new_ctx(1), *cb = new_ctx(2);
    mtx_init(&m, mtx_plain);
    thrd_create(&a, worker, ca);
    thrd_create(&b, worker, cb);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    free(ca);
    free(cb);
    return 0;
}
