/* TRUTH: racy — STEP is redefined to ((v)++) after #undef, so STEP(n) makes n 1 and t writes g = 1 while main writes g = 2 */
#include <pthread.h>
#define STEP(v) (v)
#undef STEP
#define STEP(v) ((v)++)
int g;
void *t(void *a)
{
    (void)a;
    int n = 0;
    STEP(n);
    if (n)
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
