/* TRUTH: racy — main writes signgam = 0 (line 15) while the worker's lgammaf (line 8) writes signgam */
#include <pthread.h>
#include <math.h>
static float r;
static void *a(void *x)
{
    (void)x;
    r = lgammaf(-0.5f);
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, a, 0);
    signgam = 0;
    pthread_join(th, 0);
    return (int)r;
}
