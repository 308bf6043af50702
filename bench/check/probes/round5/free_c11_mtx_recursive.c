/* TRUTH: race-free - mtx_recursive mutex; outer() holds it and calls inner() which relocks it; all writes of depth_sum happen under mu */
#include <threads.h>
static mtx_t mu;
static int depth_sum;
static void inner(int v)
{
    mtx_lock(&mu);
    depth_sum += v;
    mtx_unlock(&mu);
}
static void outer(int v)
{
    mtx_lock(&mu);
    inner(v);
    depth_sum *= 2;
    mtx_unlock(&mu);
}
static int w1(void *arg) { (void)arg; outer(1); return 0; }
static int w2(void *arg) { (void)arg; inner(5); return 0; }
int main(void)
{
    mtx_init(&mu, mtx_plain | mtx_recursive);
    thrd_t a, b;
    thrd_create(&a, w1, NULL);
    thrd_create(&b, w2, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return depth_sum;
}
