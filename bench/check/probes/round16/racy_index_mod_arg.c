// racy: the index passed by value is i % 2, so workers 0 and 2 both accumulate into partial[0].
#include <pthread.h>
#include <stdio.h>
#define N 4
static double partial[N];

static void *accumulate(void *arg)
{
    long slot = (long)arg;
    for (int k = 1; k <= 100; k++)
        partial[slot] += 1.0 / k;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, accumulate, (void *)(i % 2));
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%f %f\n", partial[0], partial[1]);
    return 0;
}
