/* TRUTH: free — C11 <threads.h>: both threads update jobs_done only while holding mtx_t lock; main reads after thrd_join. */
#include <threads.h>
#include <stdio.h>

static mtx_t lock;
static int jobs_done;

static int worker(void *arg)
{
    int n = *(int *)arg;
    for (int i = 0; i < n; i++) {
        mtx_lock(&lock);
        jobs_done++;
        mtx_unlock(&lock);
    }
    return 0;
}

int main(void)
{
    int n = 1000;
    mtx_init(&lock, mtx_plain);
    thrd_t a, b;
    thrd_create(&a, worker, &n);
    thrd_create(&b, worker, &n);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", jobs_done);
    mtx_destroy(&lock);
    return 0;
}
