/* TRUTH: racy. C11 threads: `inc` guards `level` with mtx_a, `dec` guards it with mtx_b; different mutexes exclude nothing, so the two updates of level run concurrently. */
#include <stdio.h>
#include <threads.h>

static mtx_t mtx_a, mtx_b;
static int level;

static int inc(void *arg)
{
    (void)arg;
    mtx_lock(&mtx_a);
    level++;
    mtx_unlock(&mtx_a);
    return 0;
}

static int dec(void *arg)
{
    (void)arg;
    mtx_lock(&mtx_b);
    level--;
    mtx_unlock(&mtx_b);
    return 0;
}

int main(void)
{
    thrd_t a, b;
    mtx_init(&mtx_a, mtx_plain);
    mtx_init(&mtx_b, mtx_plain);
    thrd_create(&a, inc, NULL);
    thrd_create(&b, dec, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", level);
    return 0;
}
