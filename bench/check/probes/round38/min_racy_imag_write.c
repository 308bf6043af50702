/* TRUTH: racy — t writes z's imaginary part (__imag__ z = 2.0) while main writes z (z = 0) after create, unordered */
#include <pthread.h>
double _Complex z;
void *t(void *a) { (void)a; __imag__ z = 2.0; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    z = 0;
    pthread_join(th, 0);
    return 0;
}
