/* TRUTH: racy — two threads write ((int *)b)[1] of one allocation unlocked; a third reads it as struct P's y after the joins */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct P { int x, y; };
static void *w1(void *arg)
{
    int *q = arg;
    q[1] = 1;
    return 0;
}
static void *w2(void *arg)
{
    int *q = arg;
    q[1] = 2;
    return 0;
}
int main(void)
{
    struct P *p = calloc(1, sizeof *p);
    if (!p)
        return 1;
    pthread_t a, b;
    pthread_create(&a, 0, w1, p);
    pthread_create(&b, 0, w2, p);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d\n", p->y + p->x);
    free(p);
    return 0;
}
