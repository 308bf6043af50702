/* TRUTH: racy. After j = 0, an if that is always taken at run time (getpid() > 0) sets j = 1, so t[0] is never joined and main reads out[0] while worker 0 may write it. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static long out[N];

static void *worker(void *arg)
{
    long i = (long)arg;
    out[i] = 100 + i;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int j;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    j = 0;
    if (getpid() > 0)
        j = 1;
    while (j < N) {
        pthread_join(t[j], NULL);
        j++;
    }
    printf("%ld\n", out[0]);
    return 0;
}
