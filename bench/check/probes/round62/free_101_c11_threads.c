/* TRUTH: free — C11 threads: both workers add to sum only under mtx_t mu; main reads sum after thrd_join of both */
#include <threads.h>
static mtx_t mu;
static long sum;
static int work(void *arg)
{
    long v = (long)arg;
    mtx_lock(&mu);
    sum += v;
    mtx_unlock(&mu);
    return 0;
}
int main(void)
{
    thrd_t a, b;
    mtx_init(&mu, mtx_plain);
    thrd_create(&a, work, (void *)4L);
    thrd_create(&b, work, (void *)5L);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return sum == 9 ? 0 : 1;
}
