/* TRUTH: racy — A publishes gp = &t (A's thread-local) and creates B; B writes *gp (line 8) while A writes t (line 16) */
#include <pthread.h>
static __thread int t;
static int *gp;
static void *B(void *a)
{
    (void)a;
    *gp = 2;
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
    return 0;
}
