/* TRUTH: racy — w0 passes 0 to step, which then does g++ (line 8); w0 runs in two threads, so g++ races with itself */
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
    int zero = 0;
    step(zero);
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
