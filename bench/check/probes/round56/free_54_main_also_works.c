/* TRUTH: free — main does its own share, writing part[0], while the helper thread writes part[1]; main reads part[1] only after the join. */
#include <pthread.h>
#include <stdio.h>

static double part[2];
static const double coeff[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };

static void sum_half(int h)
{
    double s = 0;
    for (int i = h * 4; i < h * 4 + 4; i++)
        s += coeff[i];
    part[h] = s;
}

static void *helper(void *arg)
{
    (void)arg;
    sum_half(1);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, helper, NULL);
    sum_half(0);
    pthread_join(t, NULL);
    printf("%f\n", part[0] + part[1]);
    return 0;
}
