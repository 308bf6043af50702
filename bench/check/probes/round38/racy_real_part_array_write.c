/* TRUTH: racy — setter writes z's real part through ((double *)&z)[0] (C11 6.2.5p13 layout) while main reads z (creal(z)) unordered */
#include <pthread.h>
#include <complex.h>
double complex z;
double out;
void *setter(void *a) { (void)a; ((double *)&z)[0] = 1.0; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, setter, 0);
    out = creal(z);
    pthread_join(t, 0);
    return (int)out;
}
