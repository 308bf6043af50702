/* TRUTH: free — main reads names only after joining the sorter thread whose qsort (comparator strcmp) rewrites it */
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

    pthread_join(t, NULL);
    printf("%c\n", names[0][0]);
    return 0;
}
