/* TRUTH: racy - w2 calls mtx_trylock and writes depth_sum whether or not it got the lock (thrd_busy), racing with w1's locked write */
#include <threads.h>
static mtx_t mu;
static int depth_sum;
static int w1(void *arg)
{
    (void)arg;
    mtx_lock(&mu);
    depth_sum += 1;
    mtx_unlock(&mu);
    return 0;
}
static int w2(void *arg)
{
    (void)arg;
    int r = mtx_trylock(&mu);
    depth_sum += 5;
    if (r == thrd_success)
        mtx_unlock(&mu);
    return 0;
}
int main(void)
{
    mtx_init(&mu, mtx_plain);
    thrd_t a, b;
    thrd_create(&a, w1, NULL);
    thrd_create(&b, w2, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return depth_sum;
}
