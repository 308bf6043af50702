/* TRUTH: racy. The for join loop's counter also advances through an alias (*pj += 1), so t[1] and t[3] are never joined; main reads out[1] and out[3] while those workers may write them. */
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
    for (j = 0; j < N; j++) {
        pthread_join(t[j], NULL);
        *pj += 1;
    }
    printf("%ld %ld\n", out[1], out[3]);
    return 0;
}
