/* TRUTH: free — instance k gets &args[k] with id k and writes out[id]; main joins t[0], t[1] then reads out[0], out[1] only */
#include <pthread.h>
#define N 4
struct arg { long id; long pad; };
static long out[N];
static void *fill(void *p)
{
    struct arg *a = p;
    out[a->id] = a->id + 2;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    struct arg args[N];
    for (long k = 0; k < N; k++) {
        args[k].id = k;
        pthread_create(&t[k], NULL, fill, &args[k]);
    }
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[0] + out[1];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
