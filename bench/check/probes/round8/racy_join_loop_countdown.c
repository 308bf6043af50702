/* TRUTH: racy. The countdown loop stops at n > 1 and never joins thread 0, whose slot main then reads. */
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
    while (n > 1)
        pthread_join(t[--n], NULL);
    for (int i = 0; i < N; i++)
        sum += slot[i];
    return sum == 0;
}
