/* TRUTH: free — one thread writes p->x (bytes 0..3), the other ((int *)p)[1] == p->y (bytes 4..7) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct P { int x, y; };
static void *wm(void *arg)
{
    struct P *p = arg;
    p->x = 1;
    return 0;
}
static void *wi(void *arg)
{
    int *q = arg;
    q[1] = 2;
    return 0;
}
int main(void)
{
    struct P *p = malloc(sizeof *p);
    if (!p)
        return 1;
    pthread_t a, b;
    pthread_create(&a, 0, wm, p);
    pthread_create(&b, 0, wi, p);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d\n", p->x, p->y);
    free(p);
    return 0;
}
