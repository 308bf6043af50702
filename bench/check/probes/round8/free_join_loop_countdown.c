/* TRUTH: free. The countdown join loop joins every thread, indices n-1 down to 0, before main sums the per-thread slots. */
#include <pthread.h>

#define N 4
static long slot[N];

static void *work(void *arg)
{
    long i = (long)arg;
    slot[i] = i * i + 1;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int n = 0;
    long sum = 0;
    while (n < N) {
        pthread_create(&t[n], NULL, work, (void *)(long)n);
        n++;
    }
    while (n > 0)
        pthread_join(t[--n], NULL);
    for (int i = 0; i < N; i++)
        sum += slot[i];
    return sum == 0;
}
