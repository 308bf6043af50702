/* TRUTH: racy — handles live in w[k].tid; main joins w[0], w[1] and reads w[3].res, which instance 3 (unjoined) writes */
#include <pthread.h>
#define N 4
struct slot { pthread_t tid; long res; };
static struct slot w[N];
static void *fill(void *arg)
{
    long id = (long)arg;
    w[id].res = id * 3;
    return NULL;
}
int main(void)
{
    for (long k = 0; k < N; k++)
        pthread_create(&w[k].tid, NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(w[k].tid, NULL);
    long s = w[3].res;
    for (int k = N / 2; k < N; k++)
        pthread_join(w[k].tid, NULL);
    return (int)(s & 1);
}
