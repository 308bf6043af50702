/* TRUTH: racy - main joins only t0 and then reads result[5], which t1 (not yet joined) may still be writing */
#include <threads.h>
static int result[8];
static int fill(void *arg)
{
    int half = *(int *)arg;
    for (int i = 0; i < 4; i++)
        result[half * 4 + i] = half + i;
    return 0;
}
int main(void)
{
    thrd_t t0, t1;
    int h0 = 0, h1 = 1;
    thrd_create(&t0, fill, &h0);
    thrd_create(&t1, fill, &h1);
    thrd_join(t0, NULL);
    int r = result[5];
    thrd_join(t1, NULL);
    return r;
}
