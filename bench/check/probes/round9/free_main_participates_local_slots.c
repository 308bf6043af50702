/* TRUTH: free. The worker fills part[0] of main's local array while main fills part[1] itself; distinct elements, and main reads part[0] only after joining. */
#include <pthread.h>
#include <stdio.h>

static long sum_range(int lo, int hi)
{
    long s = 0;
    for (int i = lo; i < hi; i++)
        s += i;
    return s;
}

static void *lower_half(void *arg)
{
    long *out = arg;
    *out = sum_range(0, 500);
    return NULL;
}

int main(void)
{
    long part[2];
    pthread_t t;
    pthread_create(&t, NULL, lower_half, &part[0]);
    part[1] = sum_range(500, 1000);
    pthread_join(t, NULL);
    printf("%ld\n", part[0] + part[1]);
    return 0;
}
