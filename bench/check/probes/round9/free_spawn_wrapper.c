/* TRUTH: free. Threads are started through a spawn() wrapper and each writes only its own slot; main reads slots after joining through a join_all() helper. */
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

static void join_all(void)
{
    for (int i = 0; i < N; i++)
        pthread_join(tids[i], NULL);
}

int main(void)
{
    for (int i = 0; i < N; i++)
        spawn(&tids[i], fill, &slot[i]);
    join_all();
    printf("%d\n", slot[0] + slot[1] + slot[2]);
    return 0;
}
