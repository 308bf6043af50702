// race-free: C11 threads update the counter under a mtx_t.
#include <threads.h>
#include <stdio.h>

static mtx_t mu;
static int counter;

static int work(void *arg)
{
    mtx_lock(&mu);
    counter++;
    mtx_unlock(&mu);
    return 0;
}

int main(void)
{
    thrd_t a, b;
    mtx_init(&mu, mtx_plain);
    thrd_create(&a, work, NULL);
    thrd_create(&b, work, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
