/* TRUTH: free — k = 5, IN_LOW(k, 3) = ((5) >= 0 && (5) < (3)) is false, so t never writes g; main's g = 2 is unopposed */
#include <pthread.h>
#define IN_LOW(v, lim) ((v) >= 0 && (v) < (lim))
int g;
void *t(void *a)
{
    (void)a;
    int k = 5;
    if (IN_LOW(k, 3))
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
