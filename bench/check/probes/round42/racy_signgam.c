/* TRUTH: racy — lgamma (line 8) writes signgam in the worker while main reads signgam (line 15) */
#include <pthread.h>
#include <math.h>
static double r;
static void *a(void *x)
{
    (void)x;
    r = lgamma(-0.5);
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, a, 0);
    int s = signgam;
    pthread_join(th, 0);
    return s + (int)r;
}
