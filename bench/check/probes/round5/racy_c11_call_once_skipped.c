/* TRUTH: racy - the peek thread reads cfg.level without calling call_once, concurrently with init_config's write from the worker */
#include <threads.h>
struct config { int level; int verbose; };
static struct config cfg;
static once_flag once = ONCE_FLAG_INIT;
static void init_config(void)
{
    cfg.level = 3;
    cfg.verbose = 1;
}
static int worker(void *arg)
{
    (void)arg;
    call_once(&once, init_config);
    return cfg.level;
}
static int peek(void *arg)
{
    (void)arg;
    return cfg.level;
}
int main(void)
{
    thrd_t a, b;
    thrd_create(&a, worker, NULL);
    thrd_create(&b, peek, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return 0;
}
