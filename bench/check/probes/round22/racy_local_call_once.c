/* TRUTH: racy. get_config() declares its once_flag as a LOCAL, so every call has a fresh flag and runs init_config again. Worker A's init_config writes `config` (under m) while worker B, after its own call_once returned, reads config without m: A's write and B's read are unordered. */
#include <stdio.h>
#include <threads.h>

static mtx_t m;
static int config;

static void init_config(void)
{
    mtx_lock(&m);
    config = 42;
    mtx_unlock(&m);
}

static int get_config(void)
{
    once_flag flag = ONCE_FLAG_INIT; /* BUG: should be static */
    call_once(&flag, init_config);
    return config;
}

static int worker(void *arg)
{
    (void)arg;
    printf("%d\n", get_config());
    return 0;
}

int main(void)
{
    thrd_t a, b;
    mtx_init(&m, mtx_plain);
    thrd_create(&a, worker, NULL);
    thrd_create(&b, worker, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    mtx_destroy(&m);
    return 0;
}
