/* TRUTH: free — lgamma_r (line 9) stores the sign in the worker's own local, not signgam; main's read of signgam (line 16) has no concurrent writer */
#include <pthread.h>
#include <math.h>
static double r;
static void *a(void *x)
{
    int sg;
    (void)x;
    r = lgamma_r(-0.5, &sg);
    return (void *)(long)sg;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, a, 0);
    int s = signgam;
    pthread_join(th, 0);
    return s + (int)r;
}
