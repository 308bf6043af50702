/* TRUTH: free — BUMP(k) increments k, not n; n stays 0 so t never writes g; main's g = 2 has no conflicting access */
#include <pthread.h>
#define INC(v) ((v)++)
#define BUMP(v) INC(v)
int g;
void *t(void *a)
{
    (void)a;
    int n = 0, k = 0;
    BUMP(k);
    if (n)
        g = 1;
    return (void *)(long)k;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    g = 2;
    pthread_join(th, 0);
    return g;
}
