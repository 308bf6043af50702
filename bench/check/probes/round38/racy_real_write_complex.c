/* TRUTH: racy — setter writes the real part of z (__real__ z = 1.0) while main reads z (creal(z) after create); same object, unordered */
#include <pthread.h>
#include <complex.h>
double complex z;
double out;
void *setter(void *a) { (void)a; __real__ z = 1.0; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, setter, 0);
    out = creal(z);
    pthread_join(t, 0);
    return (int)out;
}
