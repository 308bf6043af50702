// free: C11 call_once initializes cfg; readers read after call_once.
#include <threads.h>
static once_flag flag = ONCE_FLAG_INIT;
static int cfg;
static void init(void) { cfg = 5; }
static int worker(void *a)
{
    (void)a;
    call_once(&flag, init);
    return cfg;
}
int main(void)
{
    thrd_t p, q;
    thrd_create(&p, worker, NULL);
    thrd_create(&q, worker, NULL);
    thrd_join(p, NULL);
    thrd_join(q, NULL);
    return cfg;
}
