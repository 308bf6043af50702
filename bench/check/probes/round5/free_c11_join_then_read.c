/* TRUTH: race-free - main reads result[] only after thrd_join of both writers; each writer fills its own half */
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
    thrd_join(t1, NULL);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += result[i];
    return s;
}
