/* TRUTH: free — d is NaN, so d == d is false and the thread never writes x; only main writes it */
#include <pthread.h>
#include <math.h>
int x;
void *t(void *a)
{
    double d = NAN;
    (void)(d == d && (x = 1));
    return 0;
}
int main()
{
    pthread_t h;
    pthread_create(&h, 0, t, 0);
    x = 2;
    pthread_join(h, 0);
    return 0;
}
