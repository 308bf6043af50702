/* TRUTH: racy — the asm statement's output operand sets n to 1 (tied to input 1), so t writes g = 1 while main writes g = 2, unordered */
#include <pthread.h>
int g;
void *t(void *a)
{
    (void)a;
    int n = 0;
    __asm__ volatile("" : "=r"(n) : "0"(1));
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
