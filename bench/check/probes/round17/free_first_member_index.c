/* Race-free: the thread writes p[0] == s.v[0] through the first-member pointer; main writes s.w. */
#include <pthread.h>
#include <stdio.h>
struct S {
    int v[2];
    int w;
};
struct S s;
static void *work(void *arg)
{
    int *p = arg;
    p[0] = 5;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, work, &s);
    s.w = 3;
    pthread_join(t, NULL);
    printf("%d\n", s.w);
    return 0;
}
