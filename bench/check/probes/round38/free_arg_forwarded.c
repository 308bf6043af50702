/* TRUTH: free — inner writes g = 1; main writes g = 2 only after joining outer, which joined inner first */
#include <pthread.h>
int g;
void *inner(void *arg)
{
    if (arg)
        g = 1;
    return 0;
}
void *outer(void *arg)
{
    pthread_t t2;
    pthread_create(&t2, 0, inner, arg);
    pthread_join(t2, 0);
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, outer, (void *)1);
    pthread_join(th, 0);
    g = 2;
    return g;
}
