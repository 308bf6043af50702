/* TRUTH: free — setter writes z's real part through ((double *)&z)[0]; main reads z only after pthread_join */
#include <pthread.h>
#include <complex.h>
double complex z;
double out;
void *setter(void *a) { (void)a; ((double *)&z)[0] = 1.0; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, setter, 0);
    pthread_join(t, 0);
    out = creal(z);
    return (int)out;
}
