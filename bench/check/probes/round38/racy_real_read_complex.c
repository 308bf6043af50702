/* TRUTH: racy — t reads z's real part (out = __real__ z) while main writes z = 1 after create, unordered */
#include <pthread.h>
double _Complex z;
double out;
void *t(void *a) { (void)a; out = __real__ z; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    z = 1;
    pthread_join(th, 0);
    return (int)out;
}
