/* TRUTH: free — the outer n stays 0 (the inner block's n = 1 is a different object), so t never writes g; main's g = 2 is unopposed */
#include <pthread.h>
int g;
void *t(void *a)
{
    (void)a;
    int n = 0;
    {
        int n = 1;
        (void)n;
    }
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
