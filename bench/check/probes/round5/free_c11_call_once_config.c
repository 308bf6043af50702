/* TRUTH: race-free - every thread calls call_once(&once, init_config) before reading cfg; init's writes happen before every return of call_once */
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
    return cfg.level + cfg.verbose;
}
int main(void)
{
    thrd_t t[3];
    for (int i = 0; i < 3; i++)
        thrd_create(&t[i], worker, NULL);
    for (int i = 0; i < 3; i++)
        thrd_join(t[i], NULL);
    return 0;
}
