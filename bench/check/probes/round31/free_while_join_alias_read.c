/* TRUTH: race-free. The join loop reads its counter through an alias only (printf of *pj) and steps j once per pass, so all four workers are joined before main reads out[]. */
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
    const int *pj = &j;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    j = 0;
    while (j < N) {
        pthread_join(t[j], NULL);
        fprintf(stderr, "joined %d\n", *pj);
        j++;
    }
    long sum = 0;
    for (int i = 0; i < N; i++)
        sum += out[i];
    printf("%ld\n", sum);
    return 0;
}
