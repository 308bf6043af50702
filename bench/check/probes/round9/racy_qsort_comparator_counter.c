/* TRUTH: racy. Both workers call qsort, and qsort calls cmp, which increments the global comparisons counter without a lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static long comparisons;

static int cmp(const void *a, const void *b)
{
    comparisons++;
    return *(const int *)a - *(const int *)b;
}

static void *sorter(void *arg)
{
    int *v = arg;
    qsort(v, 4, sizeof(int), cmp);
    return NULL;
}

int main(void)
{
    int x[4] = { 4, 3, 2, 1 }, y[4] = { 9, 7, 8, 6 };
    pthread_t a, b;
    pthread_create(&a, NULL, sorter, x);
    pthread_create(&b, NULL, sorter, y);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %d %d\n", comparisons, x[0], y[0]);
    return 0;
}
