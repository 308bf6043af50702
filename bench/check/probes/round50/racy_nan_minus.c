/* TRUTH: racy — d is infinite, d - d is NaN (nonzero), so the thread writes x while main writes it */
#include <pthread.h>
#include <math.h>
int x;
void *t(void *a)
{
    double d = INFINITY;
    if (d - d)
        x = 1;
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
