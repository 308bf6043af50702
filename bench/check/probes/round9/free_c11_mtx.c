/* TRUTH: free. Two C11 threads increment hits only while holding the C11 mutex mu. */
#include <stdio.h>
#include <threads.h>

static mtx_t mu;
static int hits;

static int worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        mtx_lock(&mu);
        hits++;
        mtx_unlock(&mu);
    }
    return 0;
}

int main(void)
{
    thrd_t a, b;
    mtx_init(&mu, mtx_plain);
    thrd_create(&a, worker, NULL);
    thrd_create(&b, worker, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", hits);
    mtx_destroy(&mu);
    return 0;
}
