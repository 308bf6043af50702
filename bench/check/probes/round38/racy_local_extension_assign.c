/* TRUTH: racy — (__extension__ n) = 1 assigns n (the operand of __extension__ is an lvalue), so t writes g = 1 while main writes g = 2 */
#include <pthread.h>
int g;
void *t(void *a)
{
    (void)a;
    int n = 0;
    (__extension__ n) = 1;
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
