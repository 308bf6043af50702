/* TRUTH: racy — unsigned n = 4294967296ULL holds 0, so !n holds and t writes g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *t(void *a)
{
    (void)a;
    unsigned n = 4294967296ULL;
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
