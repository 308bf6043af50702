/* TRUTH: free. C11 version of a start gate: main holds mtx while writing seed, the thread locks/unlocks it before reading seed. */
#include <threads.h>
#include <stdio.h>
static mtx_t gate;
static int seed;
static int derived;

static int child(void *arg)
{
    (void)arg;
    mtx_lock(&gate);
    mtx_unlock(&gate);
    derived = seed * 7 + 1;
    return 0;
}

int main(void)
{
    thrd_t t;
    mtx_init(&gate, mtx_plain);
    mtx_lock(&gate);
    thrd_create(&t, child, NULL);
    seed = 6;
    mtx_unlock(&gate);
    thrd_join(t, NULL);
    printf("%d\n", derived);
    mtx_destroy(&gate);
    return 0;
}
