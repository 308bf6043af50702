/* TRUTH: racy - record() bumps s->count after mtx_unlock, so two C11 threads write stats.count concurrently */
#include <threads.h>
struct stats { mtx_t lock; int count; long sum; };
static struct stats st;
static void record(struct stats *s, int v)
{
    mtx_lock(&s->lock);
    s->sum += v;
    mtx_unlock(&s->lock);
    s->count++;
}
static int worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        record(&st, i);
    return 0;
}
int main(void)
{
    mtx_init(&st.lock, mtx_plain);
    thrd_t a, b;
    thrd_create(&a, worker, NULL);
    thrd_create(&b, worker, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return st.count;
}
