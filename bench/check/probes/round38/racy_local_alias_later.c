/* TRUTH: racy — on the loop's second pass n is 1 (set through p = &n on the first), so t writes g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *t(void *a)
{
    (void)a;
    int n = 0;
    int *p = 0;
    for (int k = 0; k < 2; k++) {
        if (n)
            g = 1;
        if (!p)
            p = &n;
        *p = 1;
    }
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
