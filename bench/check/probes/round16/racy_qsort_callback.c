// racy: the comparator counts comparisons in a global, and two threads sort concurrently.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static long ncompares;

static int cmp_int(const void *a, const void *b)
{
    ncompares++;
    return *(const int *)a - *(const int *)b;
}

static void *sorter(void *arg)
{
    int v[8] = { 5, 3, 7, 1, 8, 2, 6, 4 };
    qsort(v, 8, sizeof v[0], cmp_int);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, sorter, NULL);
    pthread_create(&b, NULL, sorter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
