/* TRUTH: racy — the sorter thread's qsort (comparator: the C library's strcmp) rewrites names while main reads names[0] without waiting */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef int (*cmp_t)(const void *, const void *);
static char names[4][16] = {"delta", "alpha", "charlie", "bravo"};
static void *sorter(void *arg)
{
    (void)arg;
    qsort(names, 4, sizeof names[0], (cmp_t)strcmp);
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, sorter, NULL);
    printf("%c\n", names[0][0]);
    pthread_join(t, NULL);
    return 0;
}
