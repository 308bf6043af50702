/* TRUTH: racy — k = 2, IN_LOW(k, 3) is true, so t writes g = 1 while main writes g = 2 */
#include <pthread.h>
#define IN_LOW(v, lim) ((v) >= 0 && (v) < (lim))
int g;
void *t(void *a)
{
    (void)a;
    int k = 2;
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
