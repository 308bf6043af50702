/* TRUTH: free — leave_if(1) always pthread_exit's, so g++ (line 14) never runs; g is read by main only after the joins */
#include <pthread.h>
static int g;
static void leave_if(int c)
{
    if (c)
        pthread_exit(0);
}
static void *w(void *a)
{
    int one = 1;
    (void)a;
    leave_if(one);
    g++;
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return g;
}
