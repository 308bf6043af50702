/* TRUTH: racy — ((long *)s)[0] covers s[0].x and s[0].y, the other thread writes ((int *)s)[1] == s[0].y */
#include <pthread.h>
#include <stdio.h>
struct S { int x, y; };
static _Alignas(8) struct S s[2];
static void *wl(void *arg)
{
    long *p = arg;
    p[0] = 7;
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
    pthread_t a, b;
    s[1].y = 1;
    pthread_create(&a, 0, wl, s);
    pthread_create(&b, 0, wi, s);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d\n", s[0].y + s[1].y);
    return 0;
}
