/* TRUTH: racy. The join loop's counter also advances through an alias (*pj += 1), so only t[0] and t[2] are joined; main then reads out[1] and out[3] while workers 1 and 3 may still write them. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static long out[N];

static void *worker(void *arg)
{
    long i = (long)arg;
    out[i] = i * i;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int j;
    int *pj = &j;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    j = 0;
    while (j < N) {
        pthread_join(t[j], NULL);
        *pj += 1;
        j++;
    }
    long sum = 0;
    for (int i = 0; i < N; i++)
        sum += out[i];
    printf("%ld\n", sum);
    return 0;
}
