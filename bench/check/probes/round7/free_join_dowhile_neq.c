/* TRUTH: free. threads are created with a `!=` bound and joined with a do-while over the same range before main reads the partial sums. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static long part[N];

static void *sum_range(void *p)
{
    long *out = p;
    long idx = out - part;
    long s = 0;
    for (long k = idx * 100; k != (idx + 1) * 100; k++)
        s += k;
    *out = s;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int i;
    for (i = 0; i != N; i++)
        pthread_create(&t[i], NULL, sum_range, &part[i]);
    i = 0;
    do {
        pthread_join(t[i], NULL);
    } while (++i < N);
    long total = 0;
    for (i = N - 1; i >= 0; i--)
        total += part[i];
    printf("%ld\n", total);
    return 0;
}
