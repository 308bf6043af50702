/* TRUTH: race-free - acc is _Thread_local (each thread its own copy); the per-thread result is added to total under mtx */
#include <threads.h>
static _Thread_local long acc;
static long total;
static mtx_t mu;
static void add(long v) { acc += v; }
static int worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        add(i);
    mtx_lock(&mu);
    total += acc;
    mtx_unlock(&mu);
    return 0;
}
int main(void)
{
    mtx_init(&mu, mtx_plain);
    thrd_t a, b;
    thrd_create(&a, worker, NULL);
    thrd_create(&b, worker, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return total == 9900 ? 0 : 1;
}
