/* TRUTH: racy. Threads 0..N-1 are joined in reverse order, but the join loop stops at
   i > 0, so thread 0 is never joined; main then writes out[0], which thread 0 writes. */
#include <pthread.h>
#include <stdio.h>

#define N 4

static int out[N];

static void *fill(void *arg)
{
    int *slot = arg;
    *slot = 1;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, fill, &out[i]);
    for (i = N - 1; i > 0; i--)
        pthread_join(t[i], NULL);
    out[0] = 0;
    printf("%d\n", out[1]);
    return 0;
}
