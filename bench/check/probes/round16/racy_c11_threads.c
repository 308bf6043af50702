// racy: the C11 worker increments counter without the mutex while main's other worker holds it.
#include <threads.h>
#include <stdio.h>

static mtx_t mu;
static int counter;

static int locked_work(void *arg)
{
    mtx_lock(&mu);
    counter++;
    mtx_unlock(&mu);
    return 0;
}

static int sloppy_work(void *arg)
{
    counter++;
    return 0;
}

int main(void)
{
    thrd_t a, b;
    mtx_init(&mu, mtx_plain);
    thrd_create(&a, locked_work, NULL);
    thrd_create(&b, sloppy_work, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
