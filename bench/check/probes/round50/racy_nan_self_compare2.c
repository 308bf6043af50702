/* TRUTH: racy — 0.0/0.0 is NaN, d == d is false, so the else branch writes x concurrently with main */
#include <pthread.h>
int x;
void *t(void *a)
{
    double zero = 0.0;
    double d = zero / zero;
    if (d == d) {
    } else {
        x = 1;
    }
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
