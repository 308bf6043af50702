/* TRUTH: free — the asm output sets n to 0 (tied to input 0), so t never writes g; main's g = 2 is unopposed */
#include <pthread.h>
int g;
void *t(void *a)
{
    (void)a;
    int n = 1;
    __asm__ volatile("" : "=r"(n) : "0"(0));
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
