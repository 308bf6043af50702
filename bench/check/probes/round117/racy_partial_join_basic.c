/* TRUTH: racy — main joins workers 1..N-1 of the N it created from 0, so worker 0 may still be writing result[] when main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 5
static pthread_t t[N];
static int result[N];

static void *worker(void *arg)
{
    int *slot = arg;
    if (slot == &result[0])
        usleep(20000);
    *slot = 7;
    return NULL;
}

int main(void)
{
    int i, s = 0;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &result[i]);
    for (i = 1; i < N; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i < N; i++)
        s += result[i];
    printf("s=%d\n", s);
    pthread_join(t[0], NULL);
    return 0;
}
