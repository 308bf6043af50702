/* TRUTH: racy. join_some() joins only the first N-1 global handles, so the last worker's write to slot[N-1] races with main's read. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int slot[N];
static pthread_t tids[N];

static void *fill(void *arg)
{
    int *p = arg;
    *p = 42;
    return NULL;
}

static int spawn(pthread_t *t, void *(*fn)(void *), void *arg)
{
    return pthread_create(t, NULL, fn, arg);
}

static void join_some(void)
{
    for (int i = 0; i < N - 1; i++)
        pthread_join(tids[i], NULL);
}

int main(void)
{
    for (int i = 0; i < N; i++)
        spawn(&tids[i], fill, &slot[i]);
    join_some();
    printf("%d\n", slot[0] + slot[1] + slot[2]);
    pthread_join(tids[N - 1], NULL);
    return 0;
}
