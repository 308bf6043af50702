/* TRUTH: free — unsigned char n = 255 is nonzero, so !n is false and t never writes g; main's g = 2 is unopposed */
#include <pthread.h>
int g;
void *t(void *a)
{
    (void)a;
    unsigned char n = 255;
    if (!n)
        g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    g = 2;
    pthread_join(th, 0);
    return g;
}
