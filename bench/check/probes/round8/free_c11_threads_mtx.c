/* TRUTH: free. Both C11 threads increment the counter under the same mtx_t. */
#include <threads.h>

static mtx_t mtx;
static long counter;

static int locked_inc(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        mtx_lock(&mtx);
        counter++;
        mtx_unlock(&mtx);
    }
    return 0;
}

static int other_inc(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        mtx_lock(&mtx);
        counter++;
        mtx_unlock(&mtx);
    }
    return 0;
}

int main(void)
{
    thrd_t a, b;
    mtx_init(&mtx, mtx_plain);
    thrd_create(&a, locked_inc, NULL);
    thrd_create(&b, other_inc, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    mtx_destroy(&mtx);
    return counter != 200;
}
