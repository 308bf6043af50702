/* TRUTH: free — instances 2,3 (which alone write out[2], out[3]) are joined through u[2], u[3], copies of their handles, before main reads out[2..3]; instances 0,1 are joined through t[] before their elements are read */
#include <pthread.h>
#define N 4
static long out[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 3 + 1;
    return NULL;
}
int main(void)
{
    pthread_t t[N], u[N];
    long s = 0;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N; k++)
        u[k] = t[k];
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    for (int k = N / 2; k < N; k++)
        pthread_join(u[k], NULL);
    for (int k = 0; k < N; k++)
        s += out[k];
    return (int)(s & 1);
}
