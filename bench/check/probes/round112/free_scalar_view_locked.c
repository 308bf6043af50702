/* TRUTH: free — ((int *)s)[1] and s[0].y are the same int, both written under m */
#include <pthread.h>
#include <stdio.h>
struct S { int x, y; };
static struct S s[2];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *wi(void *arg)
{
    int *q = arg;
    pthread_mutex_lock(&m);
    q[1] = 2;
    pthread_mutex_unlock(&m);
    return 0;
}
static void *wm(void *arg)
{
    struct S *p = arg;
    pthread_mutex_lock(&m);
    p[0].y = 5;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, wi, s);
    pthread_create(&b, 0, wm, s);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d\n", s[0].y);
    return 0;
}
