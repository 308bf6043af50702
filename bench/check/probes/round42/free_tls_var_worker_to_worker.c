/* TRUTH: free — B writes its own thread-local t (line 8); A writes A's t (line 16); gp is written before B exists and never dereferenced */
#include <pthread.h>
static __thread int t;
static int *gp;
static void *B(void *a)
{
    (void)a;
    t = 2;
    return 0;
}
static void *A(void *a)
{
    pthread_t tb;
    gp = &t;
    pthread_create(&tb, 0, B, 0);
    t = 1;
    pthread_join(tb, 0);
    return a;
}
int main(void)
{
    pthread_t ta;
    pthread_create(&ta, 0, A, 0);
    pthread_join(ta, 0);
    return gp != 0;
}
