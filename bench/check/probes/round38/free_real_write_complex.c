/* TRUTH: free — setter writes the real part of z (__real__ z = 1.0); main reads z only after pthread_join */
#include <pthread.h>
#include <complex.h>
double complex z;
double out;
void *setter(void *a) { (void)a; __real__ z = 1.0; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, setter, 0);
    pthread_join(t, 0);
    out = creal(z);
    return (int)out;
}
