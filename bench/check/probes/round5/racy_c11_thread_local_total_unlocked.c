/* TRUTH: racy - acc is thread-local but the final total += acc (a plain global) is done without the mutex in both threads */
#include <threads.h>
static _Thread_local long acc;
static long total;
static int worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        acc += i;
    total += acc;
    return 0;
}
int main(void)
{
    thrd_t a, b;
    thrd_create(&a, worker, NULL);
    thrd_create(&b, worker, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return (int)total;
}
