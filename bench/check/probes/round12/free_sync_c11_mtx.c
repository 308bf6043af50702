// free: C11 threads, x guarded by an mtx_t.
#include <threads.h>
static mtx_t m;
static int x;
static int worker(void *a)
{
    (void)a;
    mtx_lock(&m);
    x++;
    mtx_unlock(&m);
    return 0;
}
int main(void)
{
    thrd_t p, q;
    mtx_init(&m, mtx_plain);
    thrd_create(&p, worker, NULL);
    thrd_create(&q, worker, NULL);
    thrd_join(p, NULL);
    thrd_join(q, NULL);
    return x;
}
