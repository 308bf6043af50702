/* TRUTH: free — ((long *)b)[1] is bytes 8..15, ((int *)b)[0] bytes 0..3: the two threads write disjoint bytes */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static void *wl(void *arg)
{
    long *p = arg;
    p[1] = 5;
    return 0;
}
static void *wi(void *arg)
{
    int *q = arg;
    q[0] = 3;
    return 0;
}
int main(void)
{
    void *b = calloc(2, sizeof(long));
    if (!b)
        return 1;
    pthread_t x, y;
    pthread_create(&x, 0, wl, b);
    pthread_create(&y, 0, wi, b);
    pthread_join(x, 0);
    pthread_join(y, 0);
    printf("%ld %d\n", ((long *)b)[1], ((int *)b)[0]);
    free(b);
    return 0;
}
