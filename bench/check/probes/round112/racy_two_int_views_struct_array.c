/* TRUTH: racy — both threads write ((int *)s)[1], which is s[0].y; main touches s[1].x only after the joins */
#include <pthread.h>
#include <stdio.h>
struct S { int x, y; };
static struct S s[2];
static void put(int *p, int v) { p[1] = v; }
static void *t1(void *arg)
{
    put(arg, 1);
    return 0;
}
static void *t2(void *arg)
{
    int *q = arg;
    q[1] = 2;
    return 0;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, t1, s);
    pthread_create(&b, 0, t2, s);
    pthread_join(a, 0);
    pthread_join(b, 0);
    s[1].x = 3;
    printf("%d %d\n", s[0].y, s[1].x);
    return 0;
}
