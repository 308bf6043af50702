/* TRUTH: free — worker 0 writes data[0..N/2-1], worker 1 writes data[N/2..N-1]; the ranges are disjoint; main reads all after joins. */
#include <pthread.h>
#include <stdio.h>

#define N 100
static int data[N];

static void *fill_half(void *arg)
{
    int half = (int)(long)arg;
    int lo = half * (N / 2), hi = lo + N / 2;
    for (int i = lo; i < hi; i++)
        data[i] = i * 3;
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long h = 0; h < 2; h++)
        pthread_create(&t[h], NULL, fill_half, (void *)h);
    for (int h = 0; h < 2; h++)
        pthread_join(t[h], NULL);
    long s = 0;
    for (int i = 0; i < N; i++)
        s += data[i];
    printf("%ld\n", s);
    return 0;
}
