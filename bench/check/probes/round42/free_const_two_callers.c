/* TRUTH: free — both worker kinds pass 1 to step, which always pthread_exit's before g++ (line 8); only main reads g, after joins */
#include <pthread.h>
static int g;
static void step(int c)
{
    if (c)
        pthread_exit(0);
    g++;
}
static void *w1(void *a)
{
    int one = 1;
    step(one);
    return a;
}
static void *w0(void *a)
{
    int also = 1;
    step(also);
    return a;
}
int main(void)
{
    pthread_t t1, t2, t3;
    pthread_create(&t1, 0, w1, 0);
    pthread_create(&t2, 0, w0, 0);
    pthread_create(&t3, 0, w0, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    pthread_join(t3, 0);
    return g;
}
