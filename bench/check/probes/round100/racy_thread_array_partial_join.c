/* TRUTH: racy — the second join loop uses the wrong bound, so out[2..3] are read while threads 2,3 may still write them */
#include <pthread.h>
#include <stdio.h>

#define N 4

static int out[N];

static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = (int)(id * 10);
    return NULL;
}

int main(void)
{
    pthread_t th[N];
    int nstarted = N;
    int total = 0;

    for (long i = 0; i < nstarted; i++)
        pthread_create(&th[i], NULL, fill, (void *)i);
    for (int i = 0; i < nstarted / 2; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < N; i++)
        total += out[i];
    printf("total=%d\n", total);
    for (int i = nstarted / 2; i < nstarted; i++)
        pthread_join(th[i], NULL);
    return 0;
}
