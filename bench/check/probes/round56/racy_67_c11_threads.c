/* TRUTH: racy — C11 <threads.h>: two threads started with thrd_create both do `jobs_done++` without any mtx_t; thread vs thread. */
#include <threads.h>
#include <stdio.h>

static int jobs_done;

static int worker(void *arg)
{
    int n = *(int *)arg;
    for (int i = 0; i < n; i++)
        jobs_done++;
    return 0;
}

int main(void)
{
    int n = 1000;
    thrd_t a, b;
    thrd_create(&a, worker, &n);
    thrd_create(&b, worker, &n);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", jobs_done);
    return 0;
}
